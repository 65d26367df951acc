package io.hibermongo.dialect.internal.nativequery;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The per-SessionFactory cache of parsed native commands. */
class NativeCommandsTest {

	@Test
	void aTextIsParsedOnce() {
		NativeCommands commands = new NativeCommands();

		assertThat( commands.get( "{find: 'Article'}" ) ).isSameAs( commands.get( "{find: 'Article'}" ) );
	}

	@Test
	void theCacheIsBounded() {
		NativeCommands commands = new NativeCommands();
		for ( int i = 0; i < NativeCommands.CAPACITY + 10; i++ ) {
			commands.get( "{find: 'Article', filter: {views: " + i + "}}" );
		}

		assertThat( commands.size() ).isEqualTo( NativeCommands.CAPACITY );
	}

	@Test
	void aNativeTextOpensWithTheMarkerAfterComments() {
		assertThat( NativeCommands.isNativeText( " /* hint */ {" + NativeCommands.MARKER + "find: 'Article'}" ) ).isTrue();
		assertThat( NativeCommands.isNativeText( "{find: 'Article'}" ) ).isFalse();
		assertThat( NativeCommands.isNativeText( "{\"find\": \"Article\"} /* added by an inspector */" ) ).isFalse();
		assertThat( NativeCommands.isNativeText( "select 1" ) ).isFalse();
	}
}
