package app.recoup.ledger.imports;

import java.util.UUID;
import org.springframework.data.repository.Repository;

/** Reads imports back; they are written through {@link ImportJournal} while the file streams. */
public interface ImportBatchRepository extends Repository<ImportBatch, UUID> {

  java.util.Optional<ImportBatch> findById(UUID id);
}
