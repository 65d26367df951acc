package io.hibermongo.it.differential;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

import io.hibermongo.it.differential.clinic.Author;
import io.hibermongo.it.differential.clinic.Book;
import io.hibermongo.it.differential.clinic.Card;
import io.hibermongo.it.differential.clinic.Contact;
import io.hibermongo.it.differential.clinic.Copy;
import io.hibermongo.it.differential.clinic.Edition;
import io.hibermongo.it.differential.clinic.EditionKey;
import io.hibermongo.it.differential.clinic.Loan;
import io.hibermongo.it.differential.clinic.Clinic;
import io.hibermongo.it.differential.clinic.Location;
import io.hibermongo.it.differential.clinic.Owner;
import io.hibermongo.it.differential.clinic.Pet;
import io.hibermongo.it.differential.clinic.PetType;
import io.hibermongo.it.differential.clinic.Player;
import io.hibermongo.it.differential.clinic.Reader;
import io.hibermongo.it.differential.clinic.ReaderProfile;
import io.hibermongo.it.differential.clinic.Room;
import io.hibermongo.it.differential.clinic.Specialty;
import io.hibermongo.it.differential.clinic.Team;
import io.hibermongo.it.differential.clinic.Vet;
import io.hibermongo.it.differential.clinic.Visit;
import io.hibermongo.it.support.Persistence;
import jakarta.persistence.EntityManagerFactory;

/**
 * The clinic and library the join differential test reads, chosen to trip a careless join: NULL foreign
 * keys (a stray pet, a book without author), targets nobody references, NULLs on both sides of an entity
 * join's condition, owners without pets, duplicate names. Also renders the entities of these models
 * canonically, following associations only downwards (an owner's pets, a pet's visits), never back.
 */
final class ClinicRows {

	/** The id of the book a loan refers to, deleted after loading ({@code @NotFound(IGNORE)}). */
	static final long LOST_BOOK = 99L;

	private ClinicRows() {
	}

	/** New instances of every entity, in an order that persists targets before their referrers. */
	/**
	 * Persists {@link #all()} into {@code factory}, then deletes the book of a loan: a dangling foreign key,
	 * read as no book by {@code @NotFound(IGNORE)}.
	 */
	static void loadWithADanglingLoan(EntityManagerFactory factory) {
		Persistence.inTransaction( factory, em -> all().forEach( em::persist ) );
		Persistence.inTransaction( factory, em -> em.createQuery( "delete from Book b where b.id = :id" )
				.setParameter( "id", LOST_BOOK ).executeUpdate() );
	}

	static List<Object> all() {
		List<Object> all = new ArrayList<>();
		PetType cat = new PetType( 1L, "cat" );
		PetType dog = new PetType( 2L, "dog" );
		PetType hamster = new PetType( 3L, "hamster" );
		PetType nameless = new PetType( 4L, null );
		all.addAll( List.of( cat, dog, hamster, nameless ) );
		Location paris = new Location( 1L, "Paris" );
		Location lyon = new Location( 2L, "Lyon" );
		Location nowhere = new Location( 3L, null );
		all.addAll( List.of( paris, lyon, nowhere ) );
		Owner smith = new Owner( 1L, "Smith", "Paris" ).contact( new Contact( "123", paris ) );
		Owner jones = new Owner( 2L, "Jones", "Lyon" ).contact( new Contact( null, lyon ) );
		Owner brown = new Owner( 3L, "Brown", "Paris" ).contact( new Contact( "456", null ) );
		Owner unnamed = new Owner( 4L, null, null );
		all.addAll( List.of( smith, jones, brown, unnamed ) );
		Pet leo = new Pet( 1L, "Leo", 4, cat, smith );
		Pet max = new Pet( 2L, "Max", 30, dog, smith );
		Pet rex = new Pet( 3L, "Rex", null, dog, jones );
		Pet stray = new Pet( 4L, "Stray", 2, null, null );
		Pet mia = new Pet( 5L, "Mia", 5, cat, unnamed );
		Pet bob = new Pet( 6L, "Bob", 3, nameless, jones );
		all.addAll( List.of( leo, max, rex, stray, mia, bob ) );
		all.add( new Visit( 1L, LocalDate.of( 2024, 1, 1 ), "shot", leo ) );
		all.add( new Visit( 2L, LocalDate.of( 2024, 2, 1 ), "checkup", leo ) );
		all.add( new Visit( 3L, LocalDate.of( 2024, 3, 1 ), null, rex ) );
		all.add( new Visit( 4L, LocalDate.of( 2024, 1, 15 ), "shot", mia ) );
		Author hugo = new Author( 1L, "Hugo", 50, paris );
		Author zola = new Author( 2L, "Zola", 40, lyon );
		Author anon = new Author( 3L, "Anon", null, null );
		Author dumas = new Author( 4L, "Dumas", 60, nowhere );
		all.addAll( List.of( hugo, zola, anon, dumas ) );
		all.add( new Book( 1L, "Les Miserables", "Hugo", 1000, hugo ) );
		all.add( new Book( 2L, "Germinal", "Zola", 500, zola ) );
		all.add( new Book( 3L, "Orphan", null, 100, null ) );
		all.add( new Book( 4L, "Notre-Dame", "Hugo", null, hugo ) );
		all.add( new Book( 5L, "Unknown", "Ghost", 50, anon ) );
		Book musketeers = new Book( 6L, "Musketeers", "Dumas", 700, dumas );
		Book lost = new Book( LOST_BOOK, "Lost", "Nobody", 1, null );
		all.addAll( List.of( musketeers, lost ) );
		all.add( new Loan( 1L, "ann", musketeers ) );
		all.add( new Loan( 2L, "bob", lost ) );
		all.add( new Loan( 3L, "cid", null ) );
		Reader reader1 = new Reader( 1L, "Hugo", 5 );
		Reader reader2 = new Reader( 2L, "Zola", 2 );
		Reader reader3 = new Reader( 3L, null, 10 );
		Reader reader4 = new Reader( 4L, "Hugo", 1 );
		Reader reader5 = new Reader( 5L, "Dumas", null );
		all.addAll( List.of( reader1, reader2, reader3, reader4, reader5 ) );
		all.add( new Card( 1L, "A1", reader1 ) );
		all.add( new Card( 2L, "B2", reader3 ) );
		all.add( new Card( 3L, "C3", null ) );
		all.add( new ReaderProfile( "likes Hugo", reader1 ) );
		all.add( new ReaderProfile( null, reader3 ) );
		Edition first = new Edition( new EditionKey( "111", 1 ), "Gallimard" );
		Edition second = new Edition( new EditionKey( "111", 2 ), "Folio" );
		Edition other = new Edition( new EditionKey( "222", 1 ), null );
		all.addAll( List.of( first, second, other ) );
		all.add( new Copy( 1L, "A-1", first ) );
		all.add( new Copy( 2L, "A-2", second ) );
		all.add( new Copy( 3L, "B-1", other ) );
		all.add( new Copy( 4L, "X", null ) );
		Room surgery = new Room( 1L, "surgery" );
		Room lab = new Room( 2L, "lab" );
		Room spare = new Room( 3L, null );
		all.addAll( List.of( surgery, lab, spare, new Room( 4L, "waiting" ) ) );
		Specialty radiology = new Specialty( 1L, "radiology" );
		Specialty surgeryCare = new Specialty( 2L, "surgery" );
		Specialty dentistry = new Specialty( 3L, "dentistry" );
		Specialty unnamedCare = new Specialty( 4L, null );
		all.addAll( List.of( radiology, surgeryCare, dentistry, unnamedCare ) );
		all.add( new Vet( 1L, "Carter", List.of(), List.of() ) );
		all.add( new Vet( 2L, "Leary", List.of( radiology ), List.of( surgery ) ) );
		all.add( new Vet( 3L, "Douglas", List.of( surgeryCare, dentistry ), List.of( lab, spare ) ) );
		all.add( new Vet( 4L, "Ortega", List.of( surgeryCare, unnamedCare ), List.of() ) );
		all.add( new Clinic( 1L, "Central", surgery, lab ) );
		all.add( new Clinic( 2L, "Annex", spare ) );
		all.add( new Clinic( 3L, "Empty" ) );
		Player ann = new Player( 1L, "ann" );
		Player ben = new Player( 2L, "ben" );
		all.addAll( List.of( ann, ben, new Player( 3L, "cid" ) ) );
		// a bag holding ann twice: two join table rows, two rows of a join through it
		all.add( new Team( 1L, "reds", List.of( ann, ann, ben ) ) );
		all.add( new Team( 2L, "blues", List.of( ben ) ) );
		all.add( new Team( 3L, "empty", List.of() ) );
		return all;
	}

	/** A canonical rendering of a row of these models: entities by their fields and downward associations. */
	static String render(Object value) {
		if ( value == null ) {
			return "null";
		}
		if ( value instanceof Object[] tuple ) {
			return java.util.Arrays.stream( tuple ).map( ClinicRows::render ).collect( Collectors.joining( ", ", "(", ")" ) );
		}
		if ( value instanceof Owner owner ) {
			return "Owner{" + owner.id() + ", " + CanonicalRow.render( owner.lastName() ) + ", " + CanonicalRow.render( owner.city() )
					+ ", " + render( owner.contact() )
					+ ", pets=" + owner.pets().stream().map( ClinicRows::render ).collect( Collectors.joining( ", ", "[", "]" ) ) + "}";
		}
		if ( value instanceof Pet pet ) {
			return "Pet{" + pet.id() + ", " + CanonicalRow.render( pet.name() ) + ", " + CanonicalRow.render( pet.weight() )
					+ ", type=" + ( pet.type() == null ? "null" : CanonicalRow.render( pet.type().name() ) )
					+ ", owner=" + ( pet.owner() == null ? "null" : pet.owner().id() )
					+ ", visits=" + pet.visits().stream().sorted( Comparator.comparing( Visit::id ) ).map( ClinicRows::render )
							.collect( Collectors.joining( ", ", "[", "]" ) ) + "}";
		}
		if ( value instanceof Visit visit ) {
			return "Visit{" + visit.id() + ", " + visit.date() + ", " + CanonicalRow.render( visit.description() ) + "}";
		}
		if ( value instanceof Book book ) {
			return "Book{" + CanonicalRow.render( book.title() ) + ", author=" + render( book.author() ) + "}";
		}
		if ( value instanceof Author author ) {
			return "Author{" + CanonicalRow.render( author.name() ) + ", location=" + render( author.location() ) + "}";
		}
		if ( value instanceof Location location ) {
			return "Location{" + CanonicalRow.render( location.city() ) + ", residents="
					+ location.residents().stream().map( author -> CanonicalRow.render( author.name() ) ).sorted()
							.collect( Collectors.joining( ", ", "[", "]" ) ) + "}";
		}
		if ( value instanceof Contact contact ) {
			return "Contact{" + CanonicalRow.render( contact.phone() ) + ", home=" + render( contact.home() ) + "}";
		}
		if ( value instanceof Loan loan ) {
			return "Loan{" + CanonicalRow.render( loan.borrower() ) + ", book=" + ( loan.book() == null ? "null" : CanonicalRow.render( loan.book().title() ) ) + "}";
		}
		if ( value instanceof ReaderProfile profile ) {
			return "ReaderProfile{" + CanonicalRow.render( profile.bio() ) + ", reader=" + render( profile.reader() ) + "}";
		}
		if ( value instanceof Copy copy ) {
			return "Copy{" + CanonicalRow.render( copy.shelfMark() ) + ", edition="
					+ ( copy.edition() == null ? "null" : CanonicalRow.render( copy.edition().publisher() ) ) + "}";
		}
		if ( value instanceof Reader reader ) {
			return "Reader{" + CanonicalRow.render( reader.name() ) + ", card="
					+ ( reader.card() == null ? "null" : CanonicalRow.render( reader.card().number() ) ) + "}";
		}
		if ( value instanceof Card card ) {
			return "Card{" + CanonicalRow.render( card.number() ) + ", holder=" + render( card.holder() ) + "}";
		}
		if ( value instanceof Clinic clinic ) {
			return "Clinic{" + CanonicalRow.render( clinic.name() ) + ", rooms="
					+ clinic.rooms().stream().map( room -> CanonicalRow.render( room.name() ) ).collect( Collectors.joining( ", ", "[", "]" ) ) + "}";
		}
		if ( value instanceof Vet vet ) {
			return "Vet{" + vet.id() + ", " + CanonicalRow.render( vet.name() ) + ", specialties="
					+ vet.specialties().stream().map( specialty -> CanonicalRow.render( specialty.name() ) ).sorted()
							.collect( Collectors.joining( ", ", "[", "]" ) )
					+ ", rooms=" + vet.rooms().stream().map( room -> CanonicalRow.render( room.name() ) )
							.collect( Collectors.joining( ", ", "[", "]" ) ) + "}";
		}
		if ( value instanceof Specialty specialty ) {
			return "Specialty{" + CanonicalRow.render( specialty.name() ) + ", vets="
					+ specialty.vets().stream().map( vet -> CanonicalRow.render( vet.name() ) ).sorted()
							.collect( Collectors.joining( ", ", "[", "]" ) ) + "}";
		}
		if ( value instanceof PetType type ) {
			return "PetType{" + CanonicalRow.render( type.name() ) + "}";
		}
		return CanonicalRow.render( value );
	}
}
