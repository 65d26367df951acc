package io.hibermongo.it.support;

import java.util.ArrayList;
import java.util.List;

import org.hibernate.resource.jdbc.spi.StatementInspector;

/**
 * A {@link StatementInspector} that records the statement text (the MQL) of everything Hibernate runs,
 * unchanged. It keeps copies, so that holding them keeps no command registered.
 */
public final class StatementTexts implements StatementInspector {

	private final List<String> texts = new ArrayList<>();

	@Override
	public synchronized String inspect(String sql) {
		texts.add( new StringBuilder( sql ).toString() );
		return sql;
	}

	/** The statement texts run since the last call, in order. */
	public synchronized List<String> take() {
		List<String> taken = new ArrayList<>( texts );
		texts.clear();
		return taken;
	}

	/** The last statement text run since the last call. */
	public String last() {
		List<String> taken = take();
		if ( taken.isEmpty() ) {
			throw new AssertionError( "no statement was run" );
		}
		return taken.get( taken.size() - 1 );
	}
}
