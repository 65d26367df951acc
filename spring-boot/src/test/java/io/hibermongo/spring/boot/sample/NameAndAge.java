package io.hibermongo.spring.boot.sample;

/** A DTO projection. */
public record NameAndAge(String firstName, int age) {
}
