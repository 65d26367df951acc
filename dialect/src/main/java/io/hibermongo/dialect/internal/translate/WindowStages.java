package io.hibermongo.dialect.internal.translate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.hibermongo.dialect.internal.mql.Expression;
import io.hibermongo.dialect.internal.mql.Expression.Field;
import io.hibermongo.dialect.internal.mql.Stage;
import io.hibermongo.dialect.internal.mql.WindowOutput;
import org.bson.BsonDocument;
import org.bson.BsonInt32;
import org.bson.BsonString;

import static io.hibermongo.dialect.internal.translate.Mql.number;

/**
 * The {@code $setWindowFields} stages of one SQL window, {@code over (partition by P order by S)}, named
 * {@code #w<i>} in the pipeline; every window function over it adds its outputs here:
 * <ol>
 * <li>{@code $addFields} of the ORDER BY keys as <code>{$ifNull: [key, null]}</code> ({@code #w<i>k<j>}, so a
 * missing field and a NULL are the same key) and, for NULLS FIRST/LAST against MongoDB's own order, a null flag
 * sorted before its key ({@code #w<i>f<j>});</li>
 * <li>the <em>ordered</em> stage: partitioned by the PARTITION BY keys (each under {@code $ifNull}, so NULL and
 * missing are one partition), sorted by those keys; it computes row numbers (a running {@code $sum} of 1, which
 * unlike {@code $documentNumber} accepts several sort keys), {@code $shift} and the functions over ROWS
 * frames;</li>
 * <li>the <em>peers</em> stage, only when needed: partitioned by the partition and sort keys together, i.e. one
 * partition per group of peers (rows with equal ORDER BY keys), sorted by row number. SQL's RANGE frames end
 * (or start) at the current row's last (or first) peer, which MongoDB's {@code "current"} bound does not;
 * the value at the last peer is {@code $last} of the value computed up to each row. {@code rank} is the
 * smallest row number of the peers, {@code cume_dist} reads the largest;</li>
 * <li>the <em>dense rank</em> stage, only for {@code dense_rank} and GROUPS frames: {@code $denseRank} sorted by
 * the rank, which is one key, as {@code $denseRank} requires;</li>
 * <li>the <em>descending-range</em> stage, only for RANGE offsets over a descending key: a {@code range} window
 * over the negated key ({@code #w<i>n0}), ascending as MongoDB requires;</li>
 * <li>the <em>groups</em> stage, only for GROUPS frames: a {@code range} window over the dense rank, which numbers
 * the groups of peers 1, 2, 3…, so {@code n PRECEDING} is the range bound {@code -n}.</li>
 * </ol>
 * Without ORDER BY, a window that needs an order (row numbers, {@code $shift}, a bounded frame) is sorted by
 * {@code _id}: SQL leaves that order to the database.
 */
final class WindowStages {

	private final String name;
	private final Expression partition;
	private final Map<String, Expression> keys = new LinkedHashMap<>();
	private final List<String> sortKeys = new ArrayList<>();
	private final BsonDocument sortBy;
	private final Map<String, WindowOutput> ordered = new LinkedHashMap<>();
	private final Map<String, WindowOutput> peers = new LinkedHashMap<>();
	private final Map<String, WindowOutput> denseRanks = new LinkedHashMap<>();
	private final Map<String, WindowOutput> groups = new LinkedHashMap<>();
	private final Map<String, WindowOutput> descendingRanges = new LinkedHashMap<>();
	/** The value of the first ORDER BY key, negated for RANGE offsets over a descending key. */
	private final Expression firstKey;
	private boolean needsOrder;
	private String rowNumber;
	private String partitionSize;
	private String rank;
	private String lastPeer;
	private String denseRank;

	/**
	 * A window named {@code name} over {@code partition} (a document of the partition keys, or null) in the
	 * order of {@code order}.
	 */
	WindowStages(String name, Expression partition, List<SortKey> order) {
		this.name = name;
		this.partition = partition;
		BsonDocument sort = new BsonDocument();
		for ( int i = 0; i < order.size(); i++ ) {
			SortKey key = order.get( i );
			if ( key.nullFlag() != null ) {
				String flag = name + "f" + i;
				keys.put( flag, key.nullFlag() );
				sort.append( flag, new BsonInt32( key.nullsLast() ? 1 : -1 ) );
			}
			String field = name + "k" + i;
			keys.put( field, new Expression.Operator( "$ifNull", key.value(), ExpressionTranslator.nullConstant() ) );
			sortKeys.add( field );
			sort.append( field, new BsonInt32( key.descending() ? -1 : 1 ) );
		}
		this.sortBy = sort.isEmpty() ? null : sort;
		this.firstKey = order.isEmpty() ? null : order.get( 0 ).value();
	}

	/**
	 * One ORDER BY key of a window: its value, its direction and, when its NULLS FIRST/LAST is not MongoDB's
	 * own order, the flag (1 for NULL) sorted before it.
	 */
	record SortKey(Expression value, boolean descending, Expression nullFlag, boolean nullsLast) {
	}

	/** Whether the window has an ORDER BY. */
	boolean isOrdered() {
		return sortBy != null;
	}

	/** A new output of the ordered stage: {@code operator} of {@code argument} over {@code bounds} (the whole partition when null). */
	Field ordered(String operator, Expression argument, WindowOutput.Bounds bounds) {
		if ( bounds != null || operator.equals( "$shift" ) ) {
			needsOrder = true;
		}
		return add( ordered, new WindowOutput( operator, argument, bounds ) );
	}

	/** The row's number in its partition, 1 for the first row. */
	Field rowNumber() {
		if ( rowNumber == null ) {
			rowNumber = ordered( "$sum", number( 1 ), documents( "unbounded", "current" ) ).path();
		}
		return new Field( rowNumber );
	}

	/** The number of rows of the row's partition. */
	Field partitionSize() {
		if ( partitionSize == null ) {
			partitionSize = ordered( "$sum", number( 1 ), null ).path();
		}
		return new Field( partitionSize );
	}

	/** A new output of the peers stage: {@code operator} of {@code argument} over the row's peers, in row-number order. */
	Field peers(String operator, Expression argument) {
		rowNumber();
		return add( peers, new WindowOutput( operator, argument, null ) );
	}

	/** SQL's {@code rank()}: the row number of the row's first peer. */
	Field rank() {
		if ( rank == null ) {
			rank = peers( "$min", rowNumber() ).path();
		}
		return new Field( rank );
	}

	/** The row number of the row's last peer. */
	Field lastPeer() {
		if ( lastPeer == null ) {
			lastPeer = peers( "$max", rowNumber() ).path();
		}
		return new Field( lastPeer );
	}

	/** SQL's {@code dense_rank()}: {@code $denseRank} in the order of the ranks. */
	Field denseRank() {
		if ( denseRank == null ) {
			rank();
			denseRank = add( denseRanks, new WindowOutput( "$denseRank", new Expression.Document( Map.of() ), null ) ).path();
		}
		return new Field( denseRank );
	}

	/** A new output of the groups stage: {@code operator} of {@code argument} over the groups of peers {@code bounds} (a range of dense ranks). */
	Field groups(String operator, Expression argument, WindowOutput.Bounds bounds) {
		denseRank();
		return add( groups, new WindowOutput( operator, argument, bounds ) );
	}

	/**
	 * A new output of the descending-range stage: {@code operator} of {@code argument} over a {@code range}
	 * window of the single descending ORDER BY key, measured on the negated key in ascending order (MongoDB's
	 * range windows need an ascending sort): {@code n PRECEDING} of x (values up to x + n) is {@code -n} of -x.
	 */
	Field descendingRange(String operator, Expression argument, WindowOutput.Bounds bounds) {
		keys.put( negatedKey(), new Expression.Operator( "$multiply", number( -1 ), firstKey ) );
		return add( descendingRanges, new WindowOutput( operator, argument, bounds ) );
	}

	private String negatedKey() {
		return name + "n0";
	}

	private Field add(Map<String, WindowOutput> outputs, WindowOutput output) {
		String field = name + "v" + ( ordered.size() + peers.size() + denseRanks.size() + groups.size() + descendingRanges.size() );
		outputs.put( field, output );
		return new Field( field );
	}

	/** A {@code documents} window between two keyword bounds ({@code "unbounded"}, {@code "current"}). */
	static WindowOutput.Bounds documents(String lower, String upper) {
		return new WindowOutput.Bounds( "documents", new BsonString( lower ), new BsonString( upper ) );
	}

	List<Stage> stages() {
		List<Stage> stages = new ArrayList<>();
		if ( !keys.isEmpty() ) {
			stages.add( new Stage.AddFields( keys ) );
		}
		BsonDocument order = sortBy != null ? sortBy : needsOrder ? new BsonDocument( "_id", new BsonInt32( 1 ) ) : null;
		if ( !ordered.isEmpty() ) {
			stages.add( new Stage.SetWindowFields( partition, order, ordered ) );
		}
		if ( !descendingRanges.isEmpty() ) {
			stages.add( new Stage.SetWindowFields( partition, new BsonDocument( negatedKey(), new BsonInt32( 1 ) ), descendingRanges ) );
		}
		if ( !peers.isEmpty() ) {
			stages.add( new Stage.SetWindowFields( peerGroup(), new BsonDocument( rowNumber, new BsonInt32( 1 ) ), peers ) );
		}
		if ( !denseRanks.isEmpty() ) {
			stages.add( new Stage.SetWindowFields( partition, new BsonDocument( rank, new BsonInt32( 1 ) ), denseRanks ) );
		}
		if ( !groups.isEmpty() ) {
			stages.add( new Stage.SetWindowFields( partition, new BsonDocument( denseRank, new BsonInt32( 1 ) ), groups ) );
		}
		return stages;
	}

	/** The partition and the sort keys: one partition per group of peers. */
	private Expression peerGroup() {
		if ( sortKeys.isEmpty() ) {
			return partition;
		}
		Map<String, Expression> group = new LinkedHashMap<>();
		if ( partition != null ) {
			group.put( "p", partition );
		}
		for ( int i = 0; i < sortKeys.size(); i++ ) {
			group.put( "k" + i, new Field( sortKeys.get( i ) ) );
		}
		return new Expression.Document( group );
	}
}
