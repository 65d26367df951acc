package io.hibermongo.it.differential;

import java.util.List;

import io.hibermongo.it.differential.model.Address;
import io.hibermongo.it.differential.model.Geo;
import io.hibermongo.it.differential.model.Person;
import org.bson.Document;

import static io.hibermongo.it.differential.model.Status.ACTIVE;
import static io.hibermongo.it.differential.model.Status.CLOSED;
import static io.hibermongo.it.differential.model.Status.SUSPENDED;
import static io.hibermongo.it.differential.model.Tier.BRONZE;
import static io.hibermongo.it.differential.model.Tier.GOLD;
import static io.hibermongo.it.differential.model.Tier.SILVER;

/**
 * The rows every differential query reads, chosen to trip a careless translation: NULLs in every
 * nullable column and embeddable level, duplicates and case variants, negative numbers, the empty
 * string, LIKE wildcards ({@code %}, {@code _}) and regular-expression metacharacters inside values,
 * leading and trailing blanks, and non-ASCII text.
 * <p>
 * Every call returns new instances, so each persistence context gets objects of its own.
 */
final class PersonRows {

	private PersonRows() {
	}

	/** Rows loaded into both databases through {@code EntityManager.persist}. */
	static List<Person> persisted() {
		return List.of(
				new Person( 1L ).name( "Alice" ).age( 30 ).score( 10 ).height( 1.65 ).salary( "5000.00" ).active( true )
						.status( ACTIVE ).tier( GOLD ).birthDate( "1994-03-01" )
						.address( new Address( "Paris", "1 Rue de Rivoli", new Geo( 48.8566, 2.3522 ) ) ),
				new Person( 2L ).name( "alice" ).age( 30 ).score( 10 ).height( 1.70 ).salary( "5000.00" ).active( false )
						.status( ACTIVE ).tier( SILVER ).birthDate( "1994-03-01" )
						.address( new Address( "paris", "2 Rue de Rivoli", new Geo( 48.8566, 2.3522 ) ) ),
				new Person( 3L ).name( "Bob" ).age( 25 ).score( -5 ).height( null ).salary( "3200.50" ).active( true )
						.status( SUSPENDED ).tier( BRONZE ).birthDate( "1999-12-31" )
						.address( new Address( "London", "221B Baker Street", new Geo( 51.5237, -0.1585 ) ) ),
				new Person( 4L ).name( "BOB" ).age( null ).score( 0 ).height( 1.80 )
						.address( new Address( "London", null, null ) ),
				new Person( 5L ).name( "" ).age( 0 ).score( 0 ).height( 0.0 ).salary( "0.00" ).active( false )
						.status( CLOSED ).tier( BRONZE ).birthDate( "2000-01-01" )
						.address( new Address( "", "", new Geo( 0.0, 0.0 ) ) ),
				new Person( 6L ).name( null ).age( 41 ).score( 7 ).height( 1.75 ).salary( "7100.25" ).active( true )
						.status( ACTIVE ).tier( GOLD ).birthDate( "1983-07-15" ),
				new Person( 7L ).name( "100%" ).age( 19 ).score( 3 ).height( 1.60 ).salary( "1000.00" ).active( true )
						.status( ACTIVE ).tier( SILVER ).birthDate( "2006-05-05" )
						.address( new Address( "Berlin", "Unter den Linden 1", new Geo( 52.517, 13.389 ) ) ),
				new Person( 8L ).name( "a_b" ).age( 22 ).score( 3 ).height( 1.90 ).salary( "1500.00" ).active( false )
						.status( SUSPENDED ).tier( SILVER ).birthDate( "2003-02-28" )
						.address( new Address( "Berlin", "Karl-Marx-Allee 5", null ) ),
				new Person( 9L ).name( "aXb" ).age( 22 ).score( 11 ).height( 1.55 ).salary( "-250.75" ).active( true )
						.status( CLOSED ).tier( BRONZE ).birthDate( "2003-02-28" )
						.address( new Address( "Berlin", null, new Geo( 52.5, null ) ) ),
				new Person( 10L ).name( "a.b*c" ).age( -1 ).score( -20 ).height( 1.62 ).salary( "-1000.00" ).active( null )
						.status( ACTIVE ).tier( null ).birthDate( "1970-01-01" )
						.address( new Address( "Rome", "Via del Corso 1", new Geo( 41.9, 12.48 ) ) ),
				new Person( 11L ).name( "(x)[y]{z}" ).age( 60 ).score( 100 ).height( 1.58 ).salary( "12000.00" ).active( true )
						.status( CLOSED ).tier( GOLD ).birthDate( "1965-10-10" )
						.address( new Address( "Rome", "Via Appia 2", new Geo( 41.85, 12.52 ) ) ),
				new Person( 12L ).name( "^$|?+\\" ).age( 35 ).score( 42 ).height( 1.83 ).salary( "4200.00" ).active( false )
						.status( ACTIVE ).tier( SILVER ).birthDate( "1990-06-15" )
						.address( new Address( "Madrid", "Gran Vía 3", new Geo( 40.42, -3.70 ) ) ),
				new Person( 13L ).name( "Zoë" ).age( 28 ).score( 15 ).height( 1.68 ).salary( "3900.00" ).active( true )
						.status( ACTIVE ).tier( GOLD ).birthDate( "1997-08-20" )
						.address( new Address( "Zürich", "Bahnhofstrasse 1", new Geo( 47.37, 8.54 ) ) ),
				new Person( 14L ).name( "Ñandú" ).age( 33 ).score( -3 ).height( 1.71 ).salary( "2800.00" ).active( true )
						.status( SUSPENDED ).tier( BRONZE ).birthDate( "1992-04-04" )
						.address( new Address( "Córdoba", "Calle 9", new Geo( -31.42, -64.18 ) ) ),
				new Person( 15L ).name( "日本語" ).age( 45 ).score( 20 ).height( 1.66 ).salary( "6100.00" ).active( null )
						.status( null ).tier( GOLD ).birthDate( "1980-01-31" )
						.address( new Address( "東京", "銀座 1", new Geo( 35.67, 139.77 ) ) ),
				new Person( 16L ).name( "alice " ).age( 27 ).score( 9 ).height( 1.64 ).salary( "3000.00" ).active( true )
						.status( ACTIVE ).tier( BRONZE ).birthDate( "1998-11-11" )
						.address( new Address( "Paris", null, new Geo( 48.86, 2.35 ) ) ),
				new Person( 17L ).name( "  padded  " ).age( 31 ).score( 1 ).height( 1.77 ).salary( "3100.00" ).active( false )
						.status( CLOSED ).tier( SILVER ).birthDate( "1994-03-02" )
						.address( new Address( "Lyon", " Rue  ", null ) ),
				new Person( 18L ).name( "Carol" ).age( 30 ).score( 10 ).height( 1.69 ).salary( "5000.00" ).active( true )
						.status( ACTIVE ).tier( GOLD ).birthDate( "1994-03-01" )
						.address( new Address( "Oslo", "Karl Johans gate 1", new Geo( 59.91, 10.75 ) ) ),
				new Person( 19L ).name( "carol" ).age( null ).score( -7 ).height( null ).salary( "2500.50" ).active( false )
						.status( null ).tier( SILVER ).birthDate( null )
						.address( new Address( "Oslo", null, null ) ),
				new Person( 20L ).name( "Dave" ).age( 52 ).score( 8 ).height( 1.85 ).salary( "8800.00" ).active( true )
						.status( SUSPENDED ).tier( GOLD ).birthDate( "1973-12-24" ),
				new Person( 21L ).name( "Eve" ).age( 25 ).score( -5 ).height( 1.59 ).salary( "3200.50" ).active( false )
						.status( ACTIVE ).tier( BRONZE ).birthDate( "1999-12-31" )
						.address( new Address( "London", "10 Downing Street", new Geo( 51.5034, -0.1276 ) ) ),
				new Person( 22L ).name( "Frank" ).age( null ).score( 12 )
						.address( new Address( null, "No City Road", null ) ),
				new Person( 23L ).name( "Grace" ).age( 38 ).score( 5 ).height( 1.72 ).salary( "4700.00" ).active( true )
						.status( CLOSED ).tier( SILVER ).birthDate( "1987-05-17" )
						.address( new Address( "Madrid", null, new Geo( null, -3.7 ) ) ),
				new Person( 24L ).name( "Heidi" ).age( 30 ).score( 10 ).height( 1.74 ).salary( "5000.00" ).active( true )
						.status( SUSPENDED ).tier( GOLD ).birthDate( "1994-03-01" )
						.address( new Address( "Lyon", "Rue de la République 3", new Geo( 45.76, 4.83 ) ) ),
				new Person( 25L ).name( "Ivan" ).age( 64 ).score( -20 ).height( 1.81 ).salary( "9900.99" ).active( false )
						.status( CLOSED ).tier( BRONZE ).birthDate( "1961-01-01" )
						.address( new Address( "Moscow", "Tverskaya 1", new Geo( 55.76, 37.61 ) ) ),
				new Person( 26L ).name( "O'Brien" ).age( 30 ).score( 10 ).height( null ).salary( "5000.00" ).active( true )
						.status( ACTIVE ).tier( null ).birthDate( "1994-03-01" )
						.address( new Address( "Dublin", "O'Connell Street", new Geo( 53.35, -6.26 ) ) ) );
	}

	/**
	 * Documents written straight into MongoDB that lack fields altogether (missing, not null), as a
	 * MongoDB user's existing data does: {@link #missingFieldsAsNulls()} are the same rows for H2.
	 * {@code score} is always present because it maps to a primitive {@code int}.
	 */
	static List<Document> withMissingFields() {
		return List.of(
				new Document( "_id", 101L ).append( "score", 0 ),
				new Document( "_id", 102L ).append( "name", "Ghost" ).append( "score", 7 )
						.append( "address", new Document( "city", "Oslo" ) ),
				new Document( "_id", 103L ).append( "name", "ghost" ).append( "age", 40 ).append( "score", -7 )
						.append( "address", new Document() ) );
	}

	/** {@link #withMissingFields()} as the relational database holds them: every missing field is NULL. */
	static List<Person> missingFieldsAsNulls() {
		return List.of(
				new Person( 101L ).score( 0 ),
				new Person( 102L ).name( "Ghost" ).score( 7 ).address( new Address( "Oslo", null, null ) ),
				new Person( 103L ).name( "ghost" ).age( 40 ).score( -7 ) );
	}
}
