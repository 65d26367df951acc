package io.hibermongo.examples.springblog;

import java.io.IOException;
import java.io.InputStream;
import java.sql.SQLException;

import com.mongodb.client.MongoClient;
import jakarta.persistence.EntityManager;
import org.bson.BsonDocument;
import org.bson.BsonInt64;
import org.bson.json.JsonWriterSettings;
import org.hibernate.Session;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;

/**
 * The admin: a paged, searchable list of entries; create, edit (the embedded blog's fields and the array
 * elements too), delete; cover image upload and download; and each entry's stored document as MongoDB holds it.
 */
@Controller
public class EntryAdminController {

	private static final int PAGE_SIZE = 10;

	private final EntryRepository entries;
	private final EntityManager entityManager;
	private final MongoClient mongoClient;
	private final String database;

	EntryAdminController(EntryRepository entries, EntityManager entityManager, MongoClient mongoClient,
			Environment environment) {
		this.entries = entries;
		this.entityManager = entityManager;
		this.mongoClient = mongoClient;
		this.database = environment.getProperty( "spring.mongodb.database", "blog" );
	}

	@GetMapping("/")
	String home() {
		return "redirect:/entries";
	}

	@GetMapping("/entries")
	String list(@RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "0") int page, Model model) {
		PageRequest request = PageRequest.of( page, PAGE_SIZE, Sort.by( Sort.Direction.DESC, "pubDate" ).and( Sort.by( "id" ) ) );
		Page<Entry> found = q.isBlank() ? entries.findAll( request ) : entries.findByHeadlineContaining( q, request );
		model.addAttribute( "entries", found );
		model.addAttribute( "q", q );
		return "list";
	}

	@GetMapping("/entries/new")
	String create(Model model) {
		model.addAttribute( "form", EntryForm.empty() );
		model.addAttribute( "entry", null );
		return "form";
	}

	@PostMapping("/entries")
	@Transactional
	String saveNew(@ModelAttribute("form") EntryForm form) {
		Entry entry = new Entry();
		form.applyTo( entry );
		entries.save( entry );
		return "redirect:/entries/" + entry.getId() + "/edit";
	}

	@GetMapping("/entries/{id}/edit")
	String edit(@PathVariable long id, Model model) {
		Entry entry = find( id );
		model.addAttribute( "form", EntryForm.of( entry ) );
		model.addAttribute( "entry", entry );
		return "form";
	}

	@PostMapping("/entries/{id}")
	@Transactional
	String update(@PathVariable long id, @ModelAttribute("form") EntryForm form) {
		form.applyTo( find( id ) );
		return "redirect:/entries/" + id + "/edit";
	}

	@PostMapping("/entries/{id}/delete")
	@Transactional
	String delete(@PathVariable long id) {
		entries.delete( find( id ) );
		return "redirect:/entries";
	}

	@PostMapping("/entries/{id}/cover")
	@Transactional
	String upload(@PathVariable long id, @RequestParam("cover") MultipartFile file) throws IOException {
		Entry entry = find( id );
		if ( !file.isEmpty() ) {
			entry.setCover( entityManager.unwrap( Session.class ).getLobHelper().createBlob( file.getInputStream(), file.getSize() ),
					file.getContentType() );
		}
		return "redirect:/entries/" + id + "/edit";
	}

	@GetMapping("/entries/{id}/cover")
	@Transactional(readOnly = true)
	ResponseEntity<byte[]> cover(@PathVariable long id) throws SQLException, IOException {
		Entry entry = find( id );
		if ( entry.getCover() == null ) {
			throw new ResponseStatusException( HttpStatus.NOT_FOUND, "entry " + id + " has no cover" );
		}
		try ( InputStream in = entry.getCover().getBinaryStream() ) {
			MediaType type = entry.getCoverType() == null ? MediaType.APPLICATION_OCTET_STREAM : MediaType.parseMediaType( entry.getCoverType() );
			return ResponseEntity.ok().contentType( type ).body( in.readAllBytes() );
		}
	}

	/** The entry's document as stored, in relaxed Extended JSON. */
	@GetMapping(value = "/entries/{id}/document", produces = MediaType.APPLICATION_JSON_VALUE)
	@ResponseBody
	String document(@PathVariable long id) {
		BsonDocument stored = mongoClient.getDatabase( database ).getCollection( "entry", BsonDocument.class )
				.find( new BsonDocument( "_id", new BsonInt64( id ) ) ).first();
		if ( stored == null ) {
			throw new ResponseStatusException( HttpStatus.NOT_FOUND, "no document with _id " + id );
		}
		return stored.toJson( JsonWriterSettings.builder().indent( true ).build() );
	}

	private Entry find(long id) {
		return entries.findById( id ).orElseThrow( () -> new ResponseStatusException( HttpStatus.NOT_FOUND, "no entry " + id ) );
	}
}
