package io.hibermongo.spring.boot.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class RequiredVersionsTest {

	private final String hibernate = RequiredVersions.builtWith( "hibernate" );
	private final String driver = RequiredVersions.builtWith( "mongodb-driver" );

	@Test
	void theDriverOnTheClassPathIsReadAtRunTime() {
		assertThat( RequiredVersions.driverOnClassPath() ).isEqualTo( driver );
	}

	@Test
	void theVersionsBuiltWithPass() {
		assertThatCode( () -> RequiredVersions.check( hibernate, driver ) ).doesNotThrowAnyException();
	}

	@Test
	void anotherPatchOfTheSameHibernateLineAndANewerDriverPass() {
		assertThatCode( () -> RequiredVersions.check( "7.4.99.Final", "6.0.0" ) ).doesNotThrowAnyException();
	}

	@Test
	void bootsHibernateIsRefusedSayingWhatToSet() {
		assertThatThrownBy( () -> RequiredVersions.check( "7.2.12.Final", driver ) ).isInstanceOf( IllegalStateException.class )
				.hasMessageContaining( "Hibernate ORM 7.4.x is needed, but 7.2.12.Final is on the class path" )
				.hasMessageContaining( "<hibernate.version>" + hibernate + "</hibernate.version>" );
	}

	@Test
	void bootsOlderDriverIsRefusedSayingWhatToSet() {
		assertThatThrownBy( () -> RequiredVersions.check( hibernate, "5.6.4" ) ).isInstanceOf( IllegalStateException.class )
				.hasMessageContaining( "MongoDB Java driver 5.14 or newer is needed, but 5.6.4 is on the class path" )
				.hasMessageContaining( "<mongodb.version>" + driver + "</mongodb.version>" );
	}
}
