package io.hibermongo.dialect.translate;

import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

@Entity(name = "Person")
public class Person {
	@Id
	public Long id;
	public String name;
	public Integer age;
	public int score;
	@Embedded
	public Address address;
	@Version
	public int version;

	public Person() {
	}

	public Person(Long id, String name, Integer age, int score, Address address) {
		this.id = id;
		this.name = name;
		this.age = age;
		this.score = score;
		this.address = address;
	}

	@Embeddable
	public static class Address {
		public String city;
		public String street;

		public Address() {
		}

		public Address(String city, String street) {
			this.city = city;
			this.street = street;
		}
	}
}
