package io.hibermongo.it.differential;

import java.util.List;

import io.hibermongo.it.differential.clinic.Author;
import io.hibermongo.it.differential.clinic.Book;
import io.hibermongo.it.differential.clinic.Location;
import io.hibermongo.it.differential.clinic.Owner;
import io.hibermongo.it.differential.clinic.Pet;
import io.hibermongo.it.differential.clinic.PetType;
import io.hibermongo.it.differential.clinic.Visit;
import io.hibermongo.it.dml.PetEntry;
import io.hibermongo.it.dml.PetNote;
import io.hibermongo.it.dml.PetRecord;
import io.hibermongo.it.dml.PetTag;
import io.hibermongo.it.dml.PooledTag;
import io.hibermongo.it.support.Persistence;
import jakarta.persistence.EntityManagerFactory;

/**
 * The rows of the DML tests: the clinic's owners (one without a name), pets (a stray without owner, one
 * of unknown weight), visits, authors and books of the join differential test, with its NULLs and
 * duplicate names, plus records of pets (assigned ids, versioned) that inserts add to.
 */
final class DmlRows {

	static final Class<?>[] ENTITIES = { PetType.class, Location.class, Owner.class, Pet.class, Visit.class, Author.class, Book.class,
			PetRecord.class, PetTag.class, PetNote.class, PetEntry.class, PooledTag.class };

	/** What the tests compare afterwards, each query ordered by a unique key. */
	static final List<String> CONTENTS = List.of(
			"select o.id, o.lastName, o.city, o.contact.phone, o.contact.home.id from Owner o order by o.id",
			"select p.id, p.name, p.weight, p.type.id, p.owner.id from Pet p order by p.id",
			"select v.id, v.date, v.description, v.pet.id from Visit v order by v.id",
			"select a.id, a.name, a.age, a.location.id from Author a order by a.id",
			"select b.id, b.title, b.authorName, b.pages, b.author.id from Book b order by b.id",
			"select r.id, r.name, r.weight, r.ownerName, r.version from PetRecord r order by r.id",
			"select t.id, t.label, t.weight from PetTag t order by t.id",
			"select n.text from PetNote n order by n.text",
			"select e.id, e.label from PetEntry e order by e.id",
			"select t.id, t.label from PooledTag t order by t.id" );

	private static final List<Class<?>> LOADED = List.of( PetType.class, Location.class, Owner.class, Pet.class, Visit.class,
			Author.class, Book.class );

	private DmlRows() {
	}

	/** Deletes every row and loads the clinic's rows and three pet records again. */
	static void reload(EntityManagerFactory factory) {
		Persistence.inTransaction( factory, em -> {
			for ( String entity : List.of( "PooledTag", "PetEntry", "PetNote", "PetTag", "PetRecord", "Visit", "Pet", "Owner", "Book", "Author", "PetType",
					"Location" ) ) {
				em.createQuery( "delete from " + entity ).executeUpdate();
			}
		} );
		Persistence.inTransaction( factory, em -> {
			ClinicRows.all().stream().filter( row -> LOADED.contains( row.getClass() ) ).forEach( em::persist );
			em.persist( new PetRecord( 1L, "Leo", 4, "Smith" ) );
			em.persist( new PetRecord( 2L, "Old", null, null ) );
			em.persist( new PetRecord( 100L, "$gt.x", 7, "a.b" ) );
		} );
	}
}
