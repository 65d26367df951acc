package io.hibermongo.it.nativequery.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.ColumnResult;
import jakarta.persistence.ConstructorResult;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityResult;
import jakarta.persistence.FetchType;
import jakarta.persistence.FieldResult;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedNativeQuery;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SqlResultSetMapping;
import org.bson.types.ObjectId;

/**
 * An article in collection {@code Article}: a nested {@code byline} (with a nested {@code contact}), a
 * {@code publisher_id} foreign key and a {@code tags} array. It carries the named native query and the result set mappings the
 * native query tests use.
 */
@Entity
@NamedNativeQuery(name = "Article.popular", resultClass = Article.class,
		query = "{aggregate: 'Article', pipeline: [{$match: {views: {$gte: :minViews}}}, {$sort: {views: -1}}]}")
@NamedNativeQuery(name = "Article.resetViewsBelow",
		query = "{update: 'Article', updates: [{q: {views: {$lt: :limit}}, u: {$set: {views: 0}}, multi: true}]}")
@NamedNativeQuery(name = "Article.headlinesOf", resultSetMapping = "HeadlineViews",
		query = "{find: 'Article', filter: {'byline.name': ?1}, sort: {views: 1}}")
@SqlResultSetMapping(name = "ArticleWithPublisher", entities = {
		@EntityResult(entityClass = Article.class),
		@EntityResult(entityClass = Publisher.class, fields = {
				@FieldResult(name = "id", column = "publisher._id"),
				@FieldResult(name = "name", column = "publisher.name"),
				@FieldResult(name = "address.town", column = "publisher.address.town"),
				@FieldResult(name = "address.country", column = "publisher.address.country") }) })
@SqlResultSetMapping(name = "HeadlineViews", classes = @ConstructorResult(targetClass = HeadlineViews.class,
		columns = { @ColumnResult(name = "headline"), @ColumnResult(name = "views", type = Integer.class) }))
@SqlResultSetMapping(name = "ViewsByAuthor", columns = {
		@ColumnResult(name = "_id", type = String.class), @ColumnResult(name = "total", type = Long.class) })
public class Article {

	@Id
	private ObjectId id;

	private String headline;

	private int views;

	private LocalDate published;

	@Embedded
	private Byline byline;

	@ManyToOne(fetch = FetchType.LAZY)
	private Publisher publisher;

	@ElementCollection
	@OrderColumn
	private List<String> tags = new ArrayList<>();

	protected Article() {
	}

	public Article(String headline, int views, LocalDate published, Byline byline, Publisher publisher) {
		this.id = new ObjectId();
		this.headline = headline;
		this.views = views;
		this.published = published;
		this.byline = byline;
		this.publisher = publisher;
	}

	public ObjectId getId() {
		return id;
	}

	public String getHeadline() {
		return headline;
	}

	public int getViews() {
		return views;
	}

	public void setViews(int views) {
		this.views = views;
	}

	public LocalDate getPublished() {
		return published;
	}

	public Byline getByline() {
		return byline;
	}

	public Publisher getPublisher() {
		return publisher;
	}

	public List<String> getTags() {
		return tags;
	}
}
