package io.hibermongo.dialect.internal.jdbc;

import java.lang.ref.WeakReference;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import io.hibermongo.dialect.internal.layout.DocumentLayout;
import io.hibermongo.dialect.internal.mql.MqlCommand;

/**
 * The commands translated for one SessionFactory, by their statement text. Hibernate hands the text to
 * {@code Connection.prepareStatement}; the adapter looks the command up here instead of parsing it.
 * Two different commands that happen to render alike get distinct texts (a trailing variant marker).
 * <p>
 * A translated command lives as long as the text instance {@link #register} returned: Hibernate keeps
 * that String in the {@code JdbcOperation} of its plan (an entity loader or mutation lives as long as the
 * SessionFactory, a query plan until the plan cache evicts it, a Criteria query or a bulk mutation for
 * one execution), so the entry goes when the last plan that can run it goes. The text is a weak key,
 * compared by {@code equals}; registering an equal command again returns the instance already stored,
 * so every plan holds that one instance and none can lose the entry while another still uses it. A
 * plan evicted and built again registers its command again.
 * <p>
 * Statements Hibernate writes itself rather than through the SQL AST (id generators' sequence and table
 * statements, and the initial row schema export writes for a table generator) are registered for good,
 * under Hibernate's text, by a {@linkplain #registerOnFirstMiss source} that is consulted once, when a
 * text is first not found: Hibernate builds those texts anew, so no instance of ours could keep them.
 * <p>
 * It also keeps the SessionFactory's {@link DocumentLayout}, whose reference fields the adapter consults
 * when a write replaces or deletes values stored outside the document.
 */
public final class CommandRegistry {

	/** Guarded by itself; a value never references its key, which would keep the key reachable. */
	private final Map<String, Registration> translated = new WeakHashMap<>();
	private final Map<String, MqlCommand> written = new ConcurrentHashMap<>();
	private volatile Supplier<Map<String, MqlCommand>> source;
	private volatile boolean sourceConsulted;
	private volatile DocumentLayout layout;

	/**
	 * Registers {@code command} and returns the text that identifies it: the instance already registered
	 * when an equal command was registered before and its text is still in use, else a new one.
	 */
	public String register(MqlCommand command) {
		String rendered = command.text();
		String text = rendered;
		synchronized ( translated ) {
			for ( int variant = 2; ; variant++ ) {
				Registration existing = translated.get( text );
				String registered = existing == null ? null : existing.text().get();
				if ( registered == null ) {
					translated.put( text, new Registration( command, new WeakReference<>( text ) ) );
					return text;
				}
				if ( existing.command().equals( command ) ) {
					return registered;
				}
				text = rendered + " /* variant " + variant + " */";
			}
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

	/**
	 * The command registered under {@code text}, or null for text that did not come from a translator.
	 * SQL comments Hibernate puts before the text ({@code hibernate.use_sql_comments}) are ignored.
	 */
	public MqlCommand lookup(String text) {
		MqlCommand command = registered( text );
		if ( command == null && text.startsWith( "/*" ) ) {
			command = registered( withoutLeadingComments( text ) );
		}
		return command;
	}

	/** The text after the comments Hibernate prepends (<code>/* comment *&#47; </code>, the comment escaped). */
	private static String withoutLeadingComments(String text) {
		String rest = text;
		while ( rest.startsWith( "/*" ) ) {
			int end = rest.indexOf( "*/" );
			if ( end < 0 ) {
				return rest;
			}
			rest = rest.substring( end + 2 ).stripLeading();
		}
		return rest;
	}

	private MqlCommand registered(String text) {
		Registration registration;
		synchronized ( translated ) {
			registration = translated.get( text );
		}
		if ( registration != null ) {
			return registration.command();
		}
		if ( !sourceConsulted ) {
			synchronized ( this ) {
				if ( !sourceConsulted && source != null ) {
					written.putAll( source.get() );
					sourceConsulted = true;
				}
			}
		}
		return written.get( text );
	}

	/** The number of commands registered now: those whose text is still in use, and the generators' statements. */
	public int size() {
		synchronized ( translated ) {
			return translated.size() + written.size();
		}
	}

	/** Called once the SessionFactory's layout is built. */
	public void useLayout(DocumentLayout layout) {
		this.layout = layout;
	}

	/** The SessionFactory's layout, null before it is built. */
	DocumentLayout layout() {
		return layout;
	}

	/** A translated command and the text instance it is registered under, held as weakly as the key. */
	private record Registration(MqlCommand command, WeakReference<String> text) {
	}
}
