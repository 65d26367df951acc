package io.hibermongo.dialect.translate;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import org.hibernate.annotations.SQLInsert;

/** An entity whose insert is custom SQL, which cannot run on MongoDB. */
@Entity(name = "CustomSqlPerson")
@SQLInsert(sql = "insert into CustomSqlPerson (name, id) values (?, ?)")
public class CustomSqlPerson {
	@Id
	public Long id;
	public String name;
}
