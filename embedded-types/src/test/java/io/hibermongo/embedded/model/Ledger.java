package io.hibermongo.embedded.model;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import org.hibernate.annotations.CollectionId;
import org.hibernate.annotations.CollectionIdJdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** An id bag ({@code @CollectionId}), refused at startup. */
@Entity(name = "Ledger")
public class Ledger {

	@Id
	public Long id;

	@ElementCollection
	@CollectionId(column = @Column(name = "entry_id"), generator = "increment")
	@CollectionIdJdbcTypeCode(SqlTypes.BIGINT)
	public List<String> entries = new ArrayList<>();
}
