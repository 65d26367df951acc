package io.hibermongo.dialect.translate;

import java.util.List;
import java.util.Map;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** An entity with Hibernate's basic arrays and a JSON attribute, for the golden tests of array functions. */
@Entity(name = "ArrayItem")
public class ArrayItem {

	@Id
	Long id;

	String name;

	List<String> labels;

	String[] tags;

	int[] counts;

	@JdbcTypeCode(SqlTypes.JSON)
	Map<String, Object> extra;
}
