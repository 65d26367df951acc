package io.hibermongo.dialect.internal.jdbc;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import io.hibermongo.dialect.internal.layout.DocumentLayout;
import io.hibermongo.dialect.internal.mql.MqlCommand;

/**
 * The commands translated for one SessionFactory, by their statement text. Hibernate hands the text to
 * {@code Connection.prepareStatement}; the adapter looks the command up here instead of parsing it.
 * Two different commands that happen to render alike get distinct texts (a trailing variant marker).
 * <p>
 * Statements Hibernate writes itself rather than through the SQL AST (id generators' sequence and table
 * statements) are registered under Hibernate's text by a {@linkplain #registerOnFirstMiss source} that
 * is consulted once, when a text is first not found.
 * It also keeps the SessionFactory's {@link DocumentLayout}, whose reference fields the adapter consults
 * when a write replaces or deletes values stored outside the document.
 */
public final class CommandRegistry {

	private final ConcurrentHashMap<String, MqlCommand> commands = new ConcurrentHashMap<>();
	private volatile Supplier<Map<String, MqlCommand>> source;
	private volatile boolean sourceConsulted;
	private volatile DocumentLayout layout;

	/** Registers {@code command} and returns the text that identifies it. */
	public String register(MqlCommand command) {
		String text = command.text();
		for ( int variant = 2; ; variant++ ) {
			MqlCommand existing = commands.putIfAbsent( text, command );
			if ( existing == null || existing.equals( command ) ) {
				return text;
			}
			text = command.text() + " /* variant " + variant + " */";
		}
	}

	/** Registers the commands {@code source} gives when a text is first not found (once, unless already set). */
	public void registerOnFirstMiss(Supplier<Map<String, MqlCommand>> source) {
		if ( this.source == null ) {
			synchronized ( this ) {
				if ( this.source == null ) {
					this.source = source;
				}
			}
		}
	}

	/** Whether a source for statements written outside the SQL AST is registered. */
	public boolean hasMissSource() {
		return source != null;
	}

	/** The command registered under {@code text}, or null for text that did not come from a translator. */
	public MqlCommand lookup(String text) {
		MqlCommand command = commands.get( text );
		if ( command == null && !sourceConsulted ) {
			synchronized ( this ) {
				if ( !sourceConsulted && source != null ) {
					source.get().forEach( commands::putIfAbsent );
					sourceConsulted = true;
				}
			}
			command = commands.get( text );
		}
		return command;
	}

	/** Called once the SessionFactory's layout is built. */
	public void useLayout(DocumentLayout layout) {
		this.layout = layout;
	}

	/** The SessionFactory's layout, null before it is built. */
	DocumentLayout layout() {
		return layout;
	}
}
