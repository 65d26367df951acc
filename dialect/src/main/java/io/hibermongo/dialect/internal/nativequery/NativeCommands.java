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

	/** Whether {@code text} is a command document (it starts with <code>{</code>, after comments), as native MQL is. */
	public static boolean isCommandText(String text) {
		int i = 0;
		while ( i < text.length() ) {
			if ( Character.isWhitespace( text.charAt( i ) ) ) {
				i++;
			}
			else if ( MqlScanner.isComment( text, i ) ) {
				i = MqlScanner.skipLiteral( text, i );
			}
			else {
				return text.charAt( i ) == '{';
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
