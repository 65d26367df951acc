package io.hibermongo.dialect.translate;

import io.hibermongo.dialect.FeatureNotSupportedException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The commands of reads over a TABLE_PER_CLASS hierarchy: a concrete class is a plain {@code find} on its
 * collection; the abstract root is an {@code aggregate} over the union of the classes' collections. The
 * in-process server has no {@code $unionWith}, so those reads fail there after the statement was recorded;
 * their results are checked on a real server by the integration tests. A condition on {@code type()} or a
 * {@code treat()} makes Hibernate narrow the union to some classes; the read is of the whole union with its conditions.
 */
class InheritanceGoldenMqlTest {

	private static MqlCapture capture;

	@BeforeAll
	static void start() {
		capture = new MqlCapture( "inheritance", Shape.class, Shape.Circle.class, Shape.Square.class );
	}

	@AfterAll
	static void stop() {
		capture.close();
	}

	/** The statement {@code hql} runs, whether or not the in-process server can run it. */
	private static String mql(String hql) {
		return capture.recordedOf( hql );
	}

	@Test
	void aConcreteClassIsAFindOnItsCollection() {
		assertThat( mql( "select c.radius from Circle c where c.color = 'red'" ) ).isEqualTo( """
				{"find": "Circle", "filter": {"color": "red"}, "projection": {"radius": 1, "_id": 0}}""" );
	}

	@Test
	void theRootIsAUnionOfTheClassesCollectionsEachFilteredAndNumbered() {
		assertThat( mql( "select s.id, type(s) from Shape s where s.color = 'red' order by s.id" ) ).isEqualTo( """
				{"aggregate": "Circle", "pipeline": [{"$addFields": {"clazz_": {"$literal": 1}}}, {"$match": {"color": "red"}}, \
				{"$unionWith": {"coll": "Square", "pipeline": [{"$addFields": {"clazz_": {"$literal": 2}}}, {"$match": {"color": "red"}}]}}, \
				{"$project": {"_id": 0, "c0": "$_id", "c1": "$clazz_"}}, {"$sort": {"c0": 1}}]}""" );
	}

	@Test
	void aSubqueryInTheWhereOfTheRootIsTestedAfterTheUnion() {
		assertThat( mql( "select s.id from Shape s where s.color in (select c.color from Circle c where c.radius > 2)" ) ).isEqualTo( """
				{"aggregate": "Circle", "pipeline": [{"$addFields": {"clazz_": {"$literal": 1}}}, \
				{"$unionWith": {"coll": "Square", "pipeline": [{"$addFields": {"clazz_": {"$literal": 2}}}]}}, \
				{"$lookup": {"from": "Circle", "let": {"t0": {"$ifNull": ["$color", {"$literal": null}]}}, "pipeline": [{"$match": {"radius": {"$gt": 2}}}, \
				{"$match": {"$expr": {"$and": [{"$gt": ["$$t0", {"$literal": null}]}, {"$eq": ["$$t0", "$color"]}]}}}, \
				{"$project": {"_id": 0, "c0": "$color"}}, {"$limit": 1}], "as": "#sq0"}}, \
				{"$match": {"$expr": {"$gt": [{"$size": ["$#sq0"]}, {"$literal": 0}]}}}, {"$project": {"_id": 0, "c0": "$_id"}}]}""" );
	}

	@Test
	void aSubqueryOverTheRootReadsEveryClassCollectionInsideItsLookup() {
		assertThat( mql( "select c.id from Circle c where c.color in (select s.color from Shape s where s.id <> c.id)" ) ).isEqualTo( """
				{"aggregate": "Circle", "pipeline": [{"$lookup": {"from": "Circle", "let": {"v0": {"$ifNull": ["$_id", {"$literal": null}]}, "t0": {"$ifNull": ["$color", {"$literal": null}]}}, \
				"pipeline": [{"$addFields": {"clazz_": {"$literal": 1}}}, {"$unionWith": {"coll": "Square", "pipeline": [{"$addFields": {"clazz_": {"$literal": 2}}}]}}, \
				{"$match": {"$expr": {"$and": [{"$gt": ["$_id", {"$literal": null}]}, {"$gt": ["$$v0", {"$literal": null}]}, {"$ne": ["$_id", "$$v0"]}]}}}, \
				{"$match": {"$expr": {"$and": [{"$gt": ["$$t0", {"$literal": null}]}, {"$eq": ["$$t0", "$color"]}]}}}, \
				{"$project": {"_id": 0, "c0": "$color"}}, {"$limit": 1}], "as": "#sq0"}}, \
				{"$match": {"$expr": {"$gt": [{"$size": ["$#sq0"]}, {"$literal": 0}]}}}, {"$project": {"_id": 0, "c0": "$_id"}}]}""" );
	}

	@Test
	void typeInAConditionReadsTheClassesHibernateNarrowedTheUnionTo() {
		assertThat( mql( "select s.id from Shape s where type(s) = Square" ) ).isEqualTo( """
				{"aggregate": "Circle", "pipeline": [{"$match": {"_id": {"$exists": false}}}, \
				{"$unionWith": {"coll": "Square", "pipeline": [{"$addFields": {"clazz_": {"$literal": 2}}}, {"$match": {"clazz_": 2}}]}}, \
				{"$project": {"_id": 0, "c0": "$_id"}}]}""" );
	}

	@Test
	void treatOfABasicPathInAConditionReadsTheUnionHibernateReads() {
		assertThat( mql( "select s.id from Shape s where treat(s as Circle).radius > 2" ) ).isEqualTo( """
				{"aggregate": "Circle", "pipeline": [{"$addFields": {"clazz_": {"$literal": 1}}}, {"$match": {"radius": {"$gt": 2}}}, \
				{"$unionWith": {"coll": "Square", "pipeline": [{"$addFields": {"clazz_": {"$literal": 2}}}, {"$match": {"radius": {"$gt": 2}}}]}}, \
				{"$project": {"_id": 0, "c0": "$_id"}}]}""" );
	}

	@Test
	void treatOfTheRootNarrowsTheUnionToTheTreatedClass() {
		// no condition on the type: the narrowing alone keeps the squares (no radius) out
		assertThat( mql( "select treat(s as Circle).radius from Shape s where treat(s as Circle).radius is null" ) ).isEqualTo( """
				{"aggregate": "Circle", "pipeline": [{"$addFields": {"clazz_": {"$literal": 1}}}, {"$match": {"radius": null}}, \
				{"$project": {"_id": 0, "c0": "$radius"}}]}""" );
	}
}
