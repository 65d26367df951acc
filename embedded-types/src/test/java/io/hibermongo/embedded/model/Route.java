package io.hibermongo.embedded.model;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import org.hibernate.annotations.ListIndexBase;

/** An {@code @OrderBy} collection and an {@code @OrderColumn} list counting from 1. */
@Entity(name = "Route")
public class Route {

	@Id
	public Long id;

	@ElementCollection
	@OrderBy("city desc")
	public List<Address> stops = new ArrayList<>();

	@ElementCollection
	@OrderColumn
	@ListIndexBase(1)
	public List<String> legs = new ArrayList<>();
}
