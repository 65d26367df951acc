package io.hibermongo.it.differential.clinic;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.MapsId;
import jakarta.persistence.OneToOne;

/** A reader's profile sharing the reader's id ({@code @MapsId}): its foreign key is its {@code _id}. */
@Entity
public class ReaderProfile {

	@Id
	private Long id;

	private String bio;

	@MapsId
	@OneToOne
	private Reader reader;

	protected ReaderProfile() {
	}

	public ReaderProfile(String bio, Reader reader) {
		this.bio = bio;
		this.reader = reader;
	}

	public String bio() {
		return bio;
	}

	public Reader reader() {
		return reader;
	}
}
