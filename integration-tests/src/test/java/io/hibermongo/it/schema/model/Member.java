package io.hibermongo.it.schema.model;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.Valid;
import org.hibernate.annotations.NaturalId;

/** A unique nullable column, a natural id, an index, a foreign key and an embeddable. */
@Entity
@Table(indexes = @Index(name = "name_desc", columnList = "name desc"))
public class Member {

	@Id
	private Long id;

	@NaturalId
	@Column(nullable = false)
	private String login;

	@Column(unique = true)
	private String email;

	@Column(nullable = false)
	private String name;

	@Embedded
	@Valid
	private Contact contact;

	@ManyToOne(fetch = FetchType.LAZY)
	private Team team;

	protected Member() {
	}

	public Member(Long id, String login, String name) {
		this.id = id;
		this.login = login;
		this.name = name;
	}

	public Member withEmail(String email) {
		this.email = email;
		return this;
	}

	public Member withContact(Contact contact) {
		this.contact = contact;
		return this;
	}

	public Member withTeam(Team team) {
		this.team = team;
		return this;
	}

	public Long getId() {
		return id;
	}

	public String getName() {
		return name;
	}

	public String getEmail() {
		return email;
	}
}
