package io.hibermongo.it.dml;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

/** A copy of a pet made by HQL inserts: an assigned id and a version. */
@Entity
public class PetRecord {

	@Id
	private Long id;

	private String name;
	private Integer weight;
	private String ownerName;

	@Version
	private Integer version;

	protected PetRecord() {
	}

	public PetRecord(Long id, String name, Integer weight, String ownerName) {
		this.id = id;
		this.name = name;
		this.weight = weight;
		this.ownerName = ownerName;
	}
}
