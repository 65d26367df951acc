package io.hibermongo.it.registry;

import java.util.List;
import java.util.Map;

import io.hibermongo.it.registry.model.Shelf;
import io.hibermongo.it.registry.model.Volume;
import io.hibermongo.it.support.MongoServerExtension;
import io.hibermongo.it.support.Persistence;
import io.hibermongo.it.support.StatementTexts;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.cfg.AvailableSettings;
import org.hibernate.resource.jdbc.spi.StatementInspector;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The statement text names the command it runs. SQL comments before it ({@code hibernate.use_sql_comments})
 * change nothing; a {@code StatementInspector} that rewrites it otherwise is refused, with a message saying
 * so, rather than running the text as some other command.
 */
class StatementTextTest {

	@RegisterExtension
	static final MongoServerExtension mongoServer = new MongoServerExtension();

	private static final StatementTexts statements = new StatementTexts();
	private static EntityManagerFactory commented;

	@BeforeAll
	static void storeVolumes() {
		commented = Persistence.mongo( mongoServer.databaseName(), Map.of(
				AvailableSettings.USE_SQL_COMMENTS, true,
				AvailableSettings.STATEMENT_INSPECTOR, statements ), Shelf.class, Volume.class );
		Persistence.inTransaction( commented, em -> {
			for ( long id = 1; id <= 3; id++ ) {
				em.persist( new Volume( id, "isbn-" + id, "Volume " + id, (int) id, null ) );
			}
		} );
	}

	@AfterAll
	static void closeFactory() {
		if ( commented != null ) {
			commented.close();
		}
	}

	@Test
	void queryWithSqlCommentsRunsItsCommand() {
		statements.take();
		try ( EntityManager em = commented.createEntityManager() ) {
			assertThat( em.createQuery( "select v.title from Volume v where v.pages >= 2 order by v.id", String.class ).getResultList() )
					.containsExactly( "Volume 2", "Volume 3" );
		}

		assertThat( statements.last() ).startsWith( "/* " );
	}

	@Test
	void bulkUpdateWithSqlCommentsRunsItsCommand() {
		statements.take();
		int[] updated = new int[1];
		Persistence.inTransaction( commented, em -> updated[0] = em.createQuery( "update Volume v set v.pages = v.pages where v.id = 1" ).executeUpdate() );

		assertThat( updated[0] ).isEqualTo( 1 );
		assertThat( statements.last() ).startsWith( "/* " );
	}

	@Test
	void textRewrittenByAStatementInspectorIsRefused() {
		StatementInspector rewriter = sql -> sql.replace( "\"title\"", "\"isbn\"" );
		EntityManagerFactory rewritten = Persistence.mongo( mongoServer.databaseName(),
				Map.of( AvailableSettings.STATEMENT_INSPECTOR, rewriter ), Shelf.class, Volume.class );
		try ( EntityManager em = rewritten.createEntityManager() ) {
			assertThatThrownBy( () -> titles( em ) )
					.hasStackTraceContaining( "its text is not that of a command Hibermongo translated" )
					.hasStackTraceContaining( "StatementInspector" );
		}
		finally {
			rewritten.close();
		}
	}

	private static List<String> titles(EntityManager em) {
		return em.createQuery( "select v.title from Volume v order by v.id", String.class ).getResultList();
	}
}
