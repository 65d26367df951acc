package io.hibermongo.spring.boot.petclinic;

import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;
import org.bson.BsonDocument;

/** The reads Boot's MongoClient sends ({@code find} and {@code aggregate} commands), in order; cleared by a test. */
public final class CommandLog implements CommandListener {

	private static final Set<String> READS = Set.of( "find", "aggregate" );

	private final List<BsonDocument> reads = new CopyOnWriteArrayList<>();

	@Override
	public void commandStarted(CommandStartedEvent event) {
		if ( READS.contains( event.getCommandName() ) ) {
			reads.add( event.getCommand().clone() );
		}
	}

	public void clear() {
		reads.clear();
	}

	/** The reads sent since the last {@link #clear()}. */
	public List<BsonDocument> reads() {
		return List.copyOf( reads );
	}
}
