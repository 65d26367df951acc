package io.hibermongo.it.nativequery.model;

/** A DTO built by {@code @ConstructorResult} from a native query's columns. */
public record HeadlineViews(String headline, Integer views) {
}
