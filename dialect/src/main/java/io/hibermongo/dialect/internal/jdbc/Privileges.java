package io.hibermongo.dialect.internal.jdbc;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names the privilege action an {@code Unauthorized} (13) error lacks. MongoDB's message names the command
 * ({@code not authorized on shop to execute command { insert: "Book", … }}); the privilege a role must
 * grant for it is the action of that command in MongoDB's built-in actions.
 */
final class Privileges {

	private static final Pattern COMMAND = Pattern.compile( "not authorized on (\\S+) to execute command \\{ ?\"?([A-Za-z]+)\"?:" );

	/** Command name → the privilege action(s) it needs. */
	private static final Map<String, String> ACTIONS = Map.ofEntries(
			Map.entry( "find", "find" ), Map.entry( "getMore", "find" ), Map.entry( "aggregate", "find" ),
			Map.entry( "count", "find" ), Map.entry( "distinct", "find" ), Map.entry( "insert", "insert" ),
			Map.entry( "update", "update" ), Map.entry( "delete", "remove" ), Map.entry( "findAndModify", "find, update, insert and remove" ),
			Map.entry( "createIndexes", "createIndex" ), Map.entry( "create", "createCollection" ), Map.entry( "drop", "dropCollection" ),
			Map.entry( "collMod", "collMod" ), Map.entry( "listIndexes", "listIndexes" ), Map.entry( "listCollections", "listCollections" ),
			Map.entry( "dropIndexes", "dropIndex" ), Map.entry( "killCursors", "killCursors" ) );

	private Privileges() {
	}

	static String explain(String serverMessage) {
		Matcher matcher = serverMessage == null ? null : COMMAND.matcher( serverMessage );
		if ( matcher == null || !matcher.find() ) {
			return "the user is not authorized for this command (Unauthorized): grant it a role with the privilege the command needs";
		}
		String action = ACTIONS.get( matcher.group( 2 ) );
		return "the user is not authorized to run " + matcher.group( 2 ) + " on database " + matcher.group( 1 ) + " (Unauthorized): grant it a role"
				+ ( action == null ? " whose privileges allow that command" : " with the privilege action " + action + " on that database or collection" );
	}
}
