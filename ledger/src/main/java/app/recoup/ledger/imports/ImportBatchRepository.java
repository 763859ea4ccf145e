package app.recoup.ledger.imports;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.repository.Repository;

/** Reads imports back; they are written through {@link ImportJournal} while the file streams. */
public interface ImportBatchRepository extends Repository<ImportBatch, UUID> {

  Optional<ImportBatch> findById(UUID id);
}
