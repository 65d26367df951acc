package io.hibermongo.dialect.translate;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Inheritance;
import jakarta.persistence.InheritanceType;

/** The abstract root of a TABLE_PER_CLASS hierarchy ({@link Circle}, {@link Square}) for golden tests. */
@Entity(name = "Shape")
@Inheritance(strategy = InheritanceType.TABLE_PER_CLASS)
public abstract class Shape {
	@Id
	public Long id;
	public String color;

	/** A circle, in a collection of its own. */
	@Entity(name = "Circle")
	public static class Circle extends Shape {
		public Integer radius;
	}

	/** A square, in a collection of its own. */
	@Entity(name = "Square")
	public static class Square extends Shape {
		public Integer side;
	}
}
