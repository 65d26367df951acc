package io.hibermongo.spring.boot.sample;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;

/** Counts the commands Boot's MongoClient sends, by name; registered through a settings customizer. */
public final class CommandCounter implements CommandListener {

	private final Map<String, AtomicInteger> counts = new ConcurrentHashMap<>();

	@Override
	public void commandStarted(CommandStartedEvent event) {
		counts.computeIfAbsent( event.getCommandName(), name -> new AtomicInteger() ).incrementAndGet();
	}

	public int count(String commandName) {
		AtomicInteger count = counts.get( commandName );
		return count == null ? 0 : count.get();
	}
}
