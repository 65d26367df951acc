package io.hibermongo.dialect.internal.id;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.hibermongo.dialect.internal.mql.Expression;
import io.hibermongo.dialect.internal.mql.Filter;
import io.hibermongo.dialect.internal.mql.MqlCommand;
import io.hibermongo.dialect.internal.mql.Operand;
import io.hibermongo.dialect.internal.mql.ResultColumns;
import org.bson.BsonDocument;
import org.bson.BsonInt64;
import org.bson.BsonString;
import org.hibernate.LockMode;
import org.hibernate.LockOptions;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.id.enhanced.DatabaseStructure;
import org.hibernate.id.enhanced.SequenceStyleGenerator;
import org.hibernate.id.enhanced.TableGenerator;
import org.hibernate.persister.entity.EntityPersister;
import org.hibernate.sql.SimpleSelect;

/**
 * The commands behind the statements Hibernate's id generators write as text rather than through the
 * SQL AST, keyed by that text:
 * <ul>
 * <li>a sequence's {@code nextval} becomes {@link MqlCommand.CounterIncrement} by the sequence's
 *     increment;</li>
 * <li>{@code @TableGenerator}'s select becomes a {@code find} of the segment's counter document; its
 *     "update … set value = new where value = old and segment = ?" becomes the same compare-and-set as an
 *     update of that document (atomic: a contender matches 0 documents and Hibernate retries); its insert
 *     of a missing segment, and the initial row of schema export, create the document only if it is
 *     still missing, so racing creators go on to compete in the compare-and-set instead of failing.</li>
 * </ul>
 * The segment value is the counter's {@code _id}; the value column is its field.
 */
public final class GeneratorStatements {

	private GeneratorStatements() {
	}

	public static Map<String, MqlCommand> of(SessionFactoryImplementor sessionFactory, String counterCollection) {
		GeneratorScan.counters( sessionFactory, counterCollection );
		Map<String, MqlCommand> statements = new HashMap<>();
		sessionFactory.getMappingMetamodel().forEachEntityDescriptor(
				persister -> add( sessionFactory, counterCollection, persister, statements ) );
		return statements;
	}

	private static void add(SessionFactoryImplementor sessionFactory, String counterCollection, EntityPersister persister,
			Map<String, MqlCommand> statements) {
		if ( persister.getGenerator() instanceof SequenceStyleGenerator sequence && sequence.getDatabaseStructure().isPhysicalSequence() ) {
			DatabaseStructure structure = sequence.getDatabaseStructure();
			String name = sessionFactory.getSqlStringGenerationContext().format( structure.getPhysicalName() );
			String text = sessionFactory.getJdbcServices().getDialect().getSequenceSupport().getSequenceNextValString( name );
			statements.put( text, new MqlCommand.CounterIncrement( counterCollection, name, structure.getIncrementSize(),
					structure.getInitialValue() ) );
		}
		else if ( persister.getGenerator() instanceof TableGenerator table ) {
			addTableGenerator( sessionFactory, table, statements );
		}
	}

	private static void addTableGenerator(SessionFactoryImplementor sessionFactory, TableGenerator table, Map<String, MqlCommand> statements) {
		String collection = table.getTableName();
		String value = table.getValueColumnName();
		Operand first = new Operand.Parameter( 0 );
		Operand second = new Operand.Parameter( 1 );
		Operand third = new Operand.Parameter( 2 );
		statements.put( selectText( sessionFactory, table ), new MqlCommand.Autonomous( new MqlCommand.Find( collection,
				new Filter.Comparison( "_id", Filter.Operator.EQ, first ), new ResultColumns( List.of( value ) ), new BsonDocument(), null, null ) ) );
		statements.put( insertText( table ), new MqlCommand.Autonomous( new MqlCommand.CounterInit( collection, value, first, second ) ) );
		statements.put( updateText( table ), new MqlCommand.Autonomous( new MqlCommand.Update( collection,
				new Filter.And( List.of( new Filter.Comparison( "_id", Filter.Operator.EQ, third ),
						new Filter.Comparison( value, Filter.Operator.EQ, second ) ) ),
				Map.of( value, new Expression.Constant( first ) ), false ) ) );
		long initial = GeneratorScan.storesLastUsedValue( sessionFactory ) ? table.getInitialValue() - 1L : table.getInitialValue();
		String initRow = "insert into " + collection + "(" + table.getSegmentColumnName() + ", " + value + ")"
				+ " values ('" + table.getSegmentValue() + "'," + initial + ")";
		statements.put( initRow, new MqlCommand.Autonomous( new MqlCommand.CounterInit( collection, value,
				new Operand.Literal( new BsonString( table.getSegmentValue() ) ), new Operand.Literal( new BsonInt64( initial ) ) ) ) );
	}

	/*
	 * The texts TableGenerator writes (its buildSelectQuery, buildInsertQuery and buildUpdateQuery), built
	 * from the same parts: Hibernate offers them only through a test-only accessor. Should a Hibernate
	 * upgrade change them, the generator's statements are no longer found and CounterIdGenerationTest fails.
	 */
	private static String selectText(SessionFactoryImplementor sessionFactory, TableGenerator table) {
		return new SimpleSelect( sessionFactory.getJdbcServices().getDialect() )
				.addColumn( table.getValueColumnName() )
				.setTableName( table.getTableName() )
				.addRestriction( table.getSegmentColumnName() )
				.setLockOptions( new LockOptions( LockMode.PESSIMISTIC_WRITE ) )
				.toStatementString();
	}

	private static String insertText(TableGenerator table) {
		return "insert into " + table.getTableName()
				+ " (" + table.getSegmentColumnName() + ", " + table.getValueColumnName() + ") " + " values (?,?)";
	}

	private static String updateText(TableGenerator table) {
		return "update " + table.getTableName()
				+ " set " + table.getValueColumnName() + "=? "
				+ " where " + table.getValueColumnName() + "=? and " + table.getSegmentColumnName() + "=?";
	}
}
