package io.hibermongo.it.support;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;
import io.hibermongo.dialect.MongoSettings;
import org.bson.BsonValue;

/**
 * The commands a factory's {@code MongoClient} sends to the server, recorded by a driver
 * {@link CommandListener} registered through the {@code MongoClientSettings} the factory is built with
 * ({@link #properties}), so a test can count round trips (one {@code insert} per JDBC batch, not per
 * row) or act at an exact point between two commands.
 */
public final class CommandLog implements CommandListener {

	private record Sent(String name, String collection) {
	}

	private final List<Sent> sent = new CopyOnWriteArrayList<>();
	private final Map<Sent, Runnable> beforeNext = new ConcurrentHashMap<>();

	/**
	 * The properties that make a factory on {@code database} of the {@link TestServer} report to this log;
	 * pass them to {@link Persistence#mongo}.
	 */
	public Map<String, Object> properties(String database) {
		MongoClientSettings settings = MongoClientSettings.builder()
				.applyConnectionString( new ConnectionString( TestServer.uri( database ) ) )
				.addCommandListener( this )
				.build();
		return Map.of( MongoSettings.CLIENT_SETTINGS, settings, MongoSettings.DATABASE, database );
	}

	@Override
	public void commandStarted(CommandStartedEvent event) {
		// the event's document is only valid during this call: keep the names, not the document
		BsonValue target = event.getCommand().get( event.getCommandName() );
		Sent command = new Sent( event.getCommandName(), target != null && target.isString() ? target.asString().getValue() : null );
		sent.add( command );
		Runnable action = beforeNext.remove( command );
		if ( action != null ) {
			action.run();
		}
	}

	/** How many {@code commandName} commands were sent on {@code collection} since the last {@link #clear()}. */
	public long count(String commandName, String collection) {
		Sent wanted = new Sent( commandName, collection );
		return sent.stream().filter( wanted::equals ).count();
	}

	public void clear() {
		sent.clear();
	}

	/**
	 * Runs {@code action} once, on the sending thread, just before the next {@code commandName} on
	 * {@code collection} goes to the server: e.g. a concurrent writer's change between two commands.
	 */
	public void beforeNext(String commandName, String collection, Runnable action) {
		beforeNext.put( new Sent( commandName, collection ), action );
	}
}
