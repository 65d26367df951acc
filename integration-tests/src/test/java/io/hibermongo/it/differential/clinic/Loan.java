package io.hibermongo.it.differential.clinic;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import org.hibernate.annotations.NotFound;
import org.hibernate.annotations.NotFoundAction;

/** A loan whose book may have been deleted since: {@code @NotFound(IGNORE)} reads a dangling key as no book. */
@Entity
public class Loan {

	@Id
	private Long id;

	private String borrower;

	@ManyToOne
	@NotFound(action = NotFoundAction.IGNORE)
	private Book book;

	protected Loan() {
	}

	public Loan(Long id, String borrower, Book book) {
		this.id = id;
		this.borrower = borrower;
		this.book = book;
	}

	public String borrower() {
		return borrower;
	}

	public Book book() {
		return book;
	}
}
