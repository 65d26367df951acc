package io.hibermongo.it.support;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;
import io.hibermongo.dialect.MongoSettings;
import org.bson.BsonDocument;
import org.bson.BsonDocumentReader;
import org.bson.codecs.BsonDocumentCodec;
import org.bson.codecs.DecoderContext;

/**
 * Records the commands a SessionFactory's client sends, through the driver's {@link CommandListener}, so
 * tests can count round trips and read what was written. Give {@link #properties} to
 * {@link Persistence#mongo}.
 */
public final class CommandCounter implements CommandListener {

	private static final Set<String> WRITES = Set.of( "insert", "update", "delete", "findAndModify" );

	private final List<BsonDocument> commands = new ArrayList<>();

	/** The settings that make Hibermongo's client on {@code database} of the test server report to this counter. */
	public Map<String, Object> properties(String database) {
		MongoClientSettings settings = MongoClientSettings.builder()
				.applyConnectionString( new ConnectionString( TestServer.uri( database ) ) )
				.addCommandListener( this )
				.build();
		return Map.of( MongoSettings.CLIENT_SETTINGS, settings, MongoSettings.DATABASE, database );
	}

	@Override
	public synchronized void commandStarted(CommandStartedEvent event) {
		// a deep, mutable copy: the event's document may be a view of a buffer the driver reuses
		commands.add( new BsonDocumentCodec().decode( new BsonDocumentReader( event.getCommand() ), DecoderContext.builder().build() ) );
	}

	/** Forgets the commands recorded so far. */
	public synchronized void reset() {
		commands.clear();
	}

	/** The write commands ({@code insert}, {@code update}, {@code delete}, {@code findAndModify}) since the last reset. */
	public synchronized List<BsonDocument> writes() {
		return commands.stream().filter( command -> WRITES.contains( command.getFirstKey() ) ).toList();
	}

	/** The read commands ({@code find}, {@code aggregate}) since the last reset. */
	public synchronized List<BsonDocument> reads() {
		return commands.stream().filter( command -> command.getFirstKey().equals( "find" ) || command.getFirstKey().equals( "aggregate" ) ).toList();
	}
}
