package io.hibermongo.spring.boot.petclinic.owner;

/** A DTO projection: how many pets the owners of a last name have. */
public record PetCount(String lastName, long pets) {
}
