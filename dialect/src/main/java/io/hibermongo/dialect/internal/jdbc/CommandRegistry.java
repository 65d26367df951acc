package io.hibermongo.dialect.internal.jdbc;

import java.util.concurrent.ConcurrentHashMap;

import io.hibermongo.dialect.internal.layout.DocumentLayout;
import io.hibermongo.dialect.internal.mql.MqlCommand;

/**
 * The commands translated for one SessionFactory, by their statement text. Hibernate hands the text to
 * {@code Connection.prepareStatement}; the adapter looks the command up here instead of parsing it.
 * Two different commands that happen to render alike get distinct texts (a trailing variant marker).
 * It also keeps the SessionFactory's {@link DocumentLayout}, whose reference fields the adapter consults
 * when a write replaces or deletes values stored outside the document.
 */
public final class CommandRegistry {

	private final ConcurrentHashMap<String, MqlCommand> commands = new ConcurrentHashMap<>();
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

	/** The command registered under {@code text}, or null for text that did not come from a translator. */
	public MqlCommand lookup(String text) {
		return commands.get( text );
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
