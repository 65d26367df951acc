package io.hibermongo.dialect.translate;

import io.hibermongo.dialect.FeatureNotSupportedException;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.sql.ast.SqlAstTranslator;
import org.hibernate.sql.ast.tree.expression.Star;
import org.hibernate.sql.ast.tree.select.QuerySpec;
import org.hibernate.sql.ast.tree.select.SelectStatement;
import org.hibernate.sql.exec.spi.JdbcSelect;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Every kind of AST node the translators do not handle is refused with a
 * {@link FeatureNotSupportedException} naming the construct and the statement, never approximated.
 */
class RefusalTest {

	private static MqlCapture capture;

	@BeforeAll
	static void start() {
		capture = new MqlCapture( "refusal", Person.class );
	}

	@AfterAll
	static void stop() {
		capture.close();
	}

	private static void query(String hql) {
		capture.sessionFactory.inSession( session -> session.createQuery( hql, Object.class ).getResultList() );
	}

	private static void mutation(String hql) {
		capture.sessionFactory.inTransaction( session -> session.createMutationQuery( hql ).executeUpdate() );
	}

	@Test
	void conflictOnANamedConstraintIsRefusedByName() {
		assertThatThrownBy( () -> mutation( "insert into Person (id, name, score, version) values (1, 'x', 1, 0) on conflict on constraint pk do nothing" ) )
				.isInstanceOf( FeatureNotSupportedException.class )
				.hasMessageContaining( "INSERT … ON CONFLICT ON CONSTRAINT (name the conflicting columns instead) is not supported" )
				.hasMessageContaining( "(in insert into Person" );
	}

	@Test
	void setOperationInsideSubqueryIsRefusedByName() {
		assertThatThrownBy( () -> query( "select p.name from Person p where p.age in (select q.age from Person q union select r.score from Person r)" ) )
				.isInstanceOf( FeatureNotSupportedException.class )
				.hasMessageContaining( "UNION, INTERSECT and EXCEPT inside a subquery is not supported" );
	}

	@Test
	void subqueryInLeftJoinConditionIsRefusedByName() {
		assertThatThrownBy( () -> query( "select p.name from Person p left join Person q on q.age = (select max(r.age) from Person r)" ) )
				.isInstanceOf( FeatureNotSupportedException.class )
				.hasMessageContaining( "A subquery inside a join condition is not supported" );
	}

	@Test
	void unhandledFunctionIsRefusedByName() {
		assertThatThrownBy( () -> query( "select bitand(p.score, 1) from Person p" ) )
				.isInstanceOf( FeatureNotSupportedException.class )
				.hasMessageContaining( "The function bitand() is not supported" );
	}

	@Test
	void collateIsRefusedWithTheReason() {
		assertThatThrownBy( () -> query( "select collate(p.name as ucs_basic) from Person p" ) )
				.isInstanceOf( FeatureNotSupportedException.class )
				.hasMessageContaining( "collate() (MongoDB applies a collation to a whole command or index" );
	}

	@Test
	void hypotheticalSetAggregateIsRefusedByName() {
		assertThatThrownBy( () -> query( "select p.name, rank(5) within group (order by p.score) from Person p group by p.name" ) )
				.isInstanceOf( FeatureNotSupportedException.class )
				.hasMessageContaining( "The aggregate function rank() is not supported" );
	}

	@Test
	void orderedAggregateOverAComputedValueIsRefusedByName() {
		assertThatThrownBy( () -> query( "select p.name, mode() within group (order by p.score + 1) from Person p group by p.name" ) )
				.isInstanceOf( FeatureNotSupportedException.class )
				.hasMessageContaining( "WITHIN GROUP (ORDER BY a computed value) in mode() is not supported" );
	}

	@Test
	void nestedSetOperationIsRefusedByName() {
		assertThatThrownBy( () -> query( "select p.name from Person p union (select q.name from Person q intersect select r.name from Person r)" ) )
				.isInstanceOf( FeatureNotSupportedException.class )
				.hasMessageContaining( "A set operation nested in another" );
	}

	@Test
	void fullJoinAfterAnotherJoinIsRefusedByName() {
		assertThatThrownBy( () -> query( "select p.name from Person p join Person r on r.name = p.name full join Person q on q.age = p.age" ) )
				.isInstanceOf( FeatureNotSupportedException.class )
				.hasMessageContaining( "A full join after other joins (to" )
				.hasMessageContaining( "is not supported" );
	}

	@Test
	void rightJoinAfterAnotherJoinIsRefusedByName() {
		assertThatThrownBy( () -> query( "select p.name from Person p join Person r on r.name = p.name right join Person q on q.age = p.age" ) )
				.isInstanceOf( FeatureNotSupportedException.class )
				.hasMessageContaining( "A right join after other joins (to" );
	}

	@Test
	void computedInsertValueIsRefusedByName() {
		assertThatThrownBy( () -> mutation( "insert into Person (id, name, score, version) values (1, upper('x'), 1, 0)" ) )
				.isInstanceOf( FeatureNotSupportedException.class )
				.hasMessageContaining( "A computed value in INSERT … VALUES (only parameters and literals) is not supported" );
	}

	@Test
	void walkerCallbackRefusesTheNodeByItsType() {
		SessionFactoryImplementor factory = capture.sessionFactory.unwrap( SessionFactoryImplementor.class );
		SqlAstTranslator<JdbcSelect> translator = factory.getJdbcServices().getDialect().getSqlAstTranslatorFactory()
				.buildSelectTranslator( factory, new SelectStatement( new QuerySpec( true ) ) );
		assertThatThrownBy( () -> translator.visitStar( new Star() ) )
				.isInstanceOf( FeatureNotSupportedException.class )
				.hasMessageContaining( "Star is not supported" );
		assertThatThrownBy( () -> translator.render( new Star(), null ) )
				.isInstanceOf( FeatureNotSupportedException.class )
				.hasMessageContaining( "Star is not supported" );
	}

	@Test
	void customSqlMutationFailsAtStartupByName() {
		assertThatThrownBy( () -> new MqlCapture( "refusal_custom", CustomSqlPerson.class ).close() )
				.hasStackTraceContaining( "Custom SQL (@SQLInsert, @SQLUpdate, @SQLDelete) is not supported" );
	}

	@Test
	void formulaFailsAtStartupNamingEntityAndAttribute() {
		assertThatThrownBy( () -> new MqlCapture( "refusal_formula", FormulaPerson.class ).close() )
				.hasStackTraceContaining( "@Formula on attribute 'shout' of entity 'io.hibermongo.dialect.translate.FormulaPerson' is not supported" );
	}

	@Test
	void sqlRestrictionFailsAtStartupNamingTheEntity() {
		assertThatThrownBy( () -> new MqlCapture( "refusal_restriction", RestrictedPerson.class ).close() )
				.hasStackTraceContaining( "@SQLRestriction on entity 'io.hibermongo.dialect.translate.RestrictedPerson' is not supported" );
	}

	@Test
	void filterFailsAtStartupNamingTheEntity() {
		assertThatThrownBy( () -> new MqlCapture( "refusal_filter", FilteredPerson.class ).close() )
				.hasStackTraceContaining( "@Filter on entity 'io.hibermongo.dialect.translate.FilteredPerson' is not supported" );
	}
}
