package io.hibermongo.dialect.internal.nativequery;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The native commands of one SessionFactory by statement text, parsed once each. The cache is bounded
 * (least recently used first out), as applications may build native texts dynamically; a text that
 * falls out is parsed again when it comes back.
 */
public final class NativeCommands {

	static final int CAPACITY = 512;

	private final Map<String, NativeCommand> parsed = new LinkedHashMap<>( 64, 0.75f, true ) {
		@Override
		protected boolean removeEldestEntry(Map.Entry<String, NativeCommand> eldest) {
			return size() > CAPACITY;
		}
	};

	/**
	 * The comment that opens the command document of every native statement text, put there by the
	 * interpreter, so that a text a {@code StatementInspector} changed is never taken for native MQL.
	 */
	public static final String MARKER = "/* native */ ";

	/** Whether {@code text} is a native statement text: after comments, <code>{</code> and the {@link #MARKER}. */
	public static boolean isNativeText(String text) {
		int i = 0;
		while ( i < text.length() ) {
			if ( Character.isWhitespace( text.charAt( i ) ) ) {
				i++;
			}
			else if ( MqlScanner.isComment( text, i ) ) {
				i = MqlScanner.skipLiteral( text, i );
			}
			else {
				return text.charAt( i ) == '{' && text.startsWith( MARKER, i + 1 );
			}
		}
		return false;
	}

	/**
	 * The command {@code text} stands for.
	 *
	 * @throws IllegalArgumentException naming the text when it is not a supported command document
	 */
	public NativeCommand get(String text) {
		NativeCommand command;
		synchronized ( parsed ) {
			command = parsed.get( text );
		}
		if ( command == null ) {
			command = NativeCommandParser.parse( text );
			synchronized ( parsed ) {
				parsed.put( text, command );
			}
		}
		return command;
	}

	int size() {
		synchronized ( parsed ) {
			return parsed.size();
		}
	}
}
