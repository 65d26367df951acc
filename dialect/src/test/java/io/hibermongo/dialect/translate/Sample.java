package io.hibermongo.dialect.translate;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

/** An entity with a column of each basic kind the function translations read. */
@Entity(name = "Sample")
public class Sample {
	@Id
	public Long id;
	public String text;
	public Integer whole;
	public Long big;
	public Double real;
	public BigDecimal amount;
	public Boolean flag;
	public LocalDate day;
	public LocalDateTime moment;
	public LocalTime clock;
	public Instant stamp;
	@Version
	public int version;
}
