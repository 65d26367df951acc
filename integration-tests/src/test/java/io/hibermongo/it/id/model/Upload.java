package io.hibermongo.it.id.model;

import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** A {@code UUID} id from {@code @GeneratedValue(strategy = UUID)}. */
@Entity(name = "Upload")
public class Upload {

	@Id
	@GeneratedValue(strategy = GenerationType.UUID)
	private UUID id;

	private String fileName;

	protected Upload() {
	}

	public Upload(String fileName) {
		this.fileName = fileName;
	}

	public UUID getId() {
		return id;
	}

	public String getFileName() {
		return fileName;
	}
}
