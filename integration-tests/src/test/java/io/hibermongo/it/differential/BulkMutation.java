package io.hibermongo.it.differential;

import java.util.List;

import io.hibermongo.it.differential.model.Status;
import io.hibermongo.it.differential.model.Tier;
import jakarta.persistence.EntityManager;

/**
 * A bulk HQL {@code update} or {@code delete} of the differential test: both databases must report the
 * same count of affected rows and hold the same rows afterwards.
 *
 * @param hql the statement
 * @param parameters alternating parameter names and values
 */
record BulkMutation(String hql, Object... parameters) {

	static List<BulkMutation> all() {
		return List.of(
				new BulkMutation( "update Person p set p.score = p.score + 1 where p.age > 30" ),
				new BulkMutation( "update Person p set p.score = p.score + 1" ),
				new BulkMutation( "update Person p set p.age = p.age + 1 where p.age is null" ),
				new BulkMutation( "update Person p set p.age = null where p.age < 20" ),
				new BulkMutation( "update Person p set p.status = :s where p.status is null", "s", Status.CLOSED ),
				new BulkMutation( "update Person p set p.name = p.name || '!', p.active = false where p.name like 'a%'" ),
				new BulkMutation( "update Person p set p.salary = p.salary * 2 where p.salary <> 5000" ),
				new BulkMutation( "update Person p set p.height = null, p.tier = :t where p.id in (1, 2, 3, 101)", "t", Tier.GOLD ),
				new BulkMutation( "update Person p set p.address.city = 'Lyon' where p.address.city = 'Paris'" ),
				new BulkMutation( "update Person p set p.address.geo.lat = 0.0 where p.address.geo.lon < 0" ),
				new BulkMutation( "update Person p set p.address.city = :c where p.address is null", "c", "Nowhere" ),
				new BulkMutation( "update Person p set p.address = null where p.address.city = 'London'" ),
				new BulkMutation( "update Person p set p.score = -p.score where not (p.age > 30)" ),
				new BulkMutation( "update Person p set p.score = 0 where p.age > 1000" ),
				new BulkMutation( "delete from Person p where p.age is null" ),
				new BulkMutation( "delete from Person p where p.name like '%a%'" ),
				new BulkMutation( "delete from Person p where p.address.city = 'London' or p.score < 0" ),
				new BulkMutation( "delete from Person p where p.id = :id", "id", 101L ),
				new BulkMutation( "delete from Person p where not (p.age > 30)" ),
				new BulkMutation( "delete from Person p where p.address is null" ),
				new BulkMutation( "delete from Person p where p.age > 1000" ) );
	}

	/** Runs the statement in the current transaction of {@code em} and returns the affected row count. */
	int executeOn(EntityManager em) {
		return QueryCase.bind( em.createQuery( hql ), parameters ).executeUpdate();
	}

	@Override
	public String toString() {
		return QueryCase.describe( hql, parameters );
	}
}
