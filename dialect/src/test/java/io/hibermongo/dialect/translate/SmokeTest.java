package io.hibermongo.dialect.translate;

import org.junit.jupiter.api.Test;

class SmokeTest {
	@Test
	void runs() {
		try ( MqlCapture capture = new MqlCapture( "smoke", Person.class ) ) {
			capture.sessionFactory.inTransaction( s -> {
				s.persist( new Person( 1L, "Ann", 30, 5, new Person.Address( "Oslo", "Main" ) ) );
				s.persist( new Person( 2L, "Bob", null, 7, null ) );
			} );
			capture.take().forEach( System.out::println );
			capture.sessionFactory.inTransaction( s -> {
				System.out.println( s.find( Person.class, 1L ).address.city );
				System.out.println( s.createQuery( "select p.name from Person p where p.age <> 3 order by p.name", String.class ).getResultList() );
				System.out.println( s.createQuery( "select p.id, p.age from Person p order by p.age asc nulls last, p.id", Object[].class ).getResultList().stream().map( java.util.Arrays::toString ).toList() );
				System.out.println( s.createQuery( "select count(*), sum(p.age), avg(p.score) from Person p", Object[].class ).getResultList().stream().map( java.util.Arrays::toString ).toList() );
				System.out.println( s.createQuery( "update Person p set p.score = p.score + 1 where p.name like 'A%'" ).executeUpdate() );
				System.out.println( s.createQuery( "select p.score from Person p order by p.id", Integer.class ).getResultList() );
			} );
			capture.take().forEach( System.out::println );
		}
	}
}
