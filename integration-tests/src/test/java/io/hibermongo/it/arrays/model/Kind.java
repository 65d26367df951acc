package io.hibermongo.it.arrays.model;

public enum Kind {
	HOME, WORK, OTHER
}
