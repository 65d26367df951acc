package io.hibermongo.it.id.model;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.TableGenerator;

/** Bad input: a table generator segment value starting with {@code $}. */
@Entity(name = "BadSegmentItem")
public class BadSegmentItem {

	@Id
	@GeneratedValue(strategy = GenerationType.TABLE, generator = "bad_segment")
	@TableGenerator(name = "bad_segment", table = "hibernate_sequences", pkColumnValue = "$where")
	private Long id;
}
