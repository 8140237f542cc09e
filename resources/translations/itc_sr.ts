<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sr_RS@latin">
  <context>
    <name>itc</name>
    <message>
      <source>evaluate a test file (no database needed)</source>
      <translation>obrada datoteke ispitivanja (bez baze podataka)</translation>
    </message>
    <message>
      <source>tensile test record (ISO 6892-1): E, Rp0.2/ReH/ReL, Rm, A ...</source>
      <translation>zapis ispitivanja zatezanjem (ISO 6892-1): E, Rp0.2/ReH/ReL, Rm, A ...</translation>
    </message>
    <message>
      <source>round specimen: d0</source>
      <translation>epruveta kružnog preseka: d0</translation>
    </message>
    <message>
      <source>flat specimen: b0</source>
      <translation>pljosnata epruveta: b0</translation>
    </message>
    <message>
      <source>flat specimen: a0</source>
      <translation>pljosnata epruveta: a0</translation>
    </message>
    <message>
      <source>cross-section S0</source>
      <translation>poprečni presek S0</translation>
    </message>
    <message>
      <source>L0 (default: from the file, else 5.65·√S0)</source>
      <translation>L0 (podrazumevano: iz datoteke, inače 5.65·√S0)</translation>
    </message>
    <message>
      <source>print one JSON object</source>
      <translation>ispis jednog JSON objekta</translation>
    </message>
    <message>
      <source>Modulus E</source>
      <translation>Modul elastičnosti E</translation>
    </message>
    <message>
      <source>Proof strength Rp0.2</source>
      <translation>Konvencionalna granica tečenja Rp0.2</translation>
    </message>
    <message>
      <source>Upper yield strength ReH</source>
      <translation>Gornja granica tečenja ReH</translation>
    </message>
    <message>
      <source>Lower yield strength ReL</source>
      <translation>Donja granica tečenja ReL</translation>
    </message>
    <message>
      <source>Tensile strength Rm</source>
      <translation>Zatezna čvrstoća Rm</translation>
    </message>
    <message>
      <source>Uniform elongation Ag</source>
      <translation>Ravnomerno izduženje Ag</translation>
    </message>
    <message>
      <source>Total elongation at Fm Agt</source>
      <translation>Ukupno izduženje pri Fm Agt</translation>
    </message>
    <message>
      <source>Elongation after fracture A</source>
      <translation>Izduženje posle kidanja A</translation>
    </message>
    <message>
      <source>Total elongation at fracture At</source>
      <translation>Ukupno izduženje pri kidanju At</translation>
    </message>
    <message>
      <source>File: {name} ({encoding})</source>
      <translation>Datoteka: {name} ({encoding})</translation>
    </message>
    <message>
      <source> (proportional, 5.65·√S0)</source>
      <translation> (proporcionalna, 5.65·√S0)</translation>
    </message>
    <message>
      <source>Specimen: S0 = {s0:.4g} mm², L0 = {l0:.4g} mm{default}</source>
      <translation>Epruveta: S0 = {s0:.4g} mm², L0 = {l0:.4g} mm{default}</translation>
    </message>
    <message>
      <source>Note: the strain comes from the crosshead travel; E and Rp0.2 include the machine's compliance.</source>
      <translation>Napomena: deformacija je određena iz pomeranja poprečne grede; E i Rp0.2 uključuju i popustljivost mašine.</translation>
    </message>
    <message>
      <source>Note: {note}</source>
      <translation>Napomena: {note}</translation>
    </message>
    <message>
      <source>Error: {message}</source>
      <translation>Greška: {message}</translation>
    </message>
    <message>
      <source>A limit must be a finite number.</source>
      <translation>Granica mora biti konačan broj.</translation>
    </message>
    <message>
      <source>A decision needs a lower or an upper limit.</source>
      <translation>Za odluku je potrebna donja ili gornja granica.</translation>
    </message>
    <message>
      <source>The lower limit {lo} is above the upper limit {hi}.</source>
      <translation>Donja granica {lo} je veća od gornje granice {hi}.</translation>
    </message>
    <message>
      <source>{name} must be a finite number.</source>
      <translation>{name} mora biti konačan broj.</translation>
    </message>
    <message>
      <source>The expanded uncertainty U cannot be negative.</source>
      <translation>Proširena merna nesigurnost U ne može biti negativna.</translation>
    </message>
    <message>
      <source>The coverage factor k must be positive.</source>
      <translation>Faktor obuhvata k mora biti pozitivan.</translation>
    </message>
    <message>
      <source>A guard-band decision needs the expanded uncertainty U.</source>
      <translation>Za odluku sa zaštitnim pojasom potrebna je proširena merna nesigurnost U.</translation>
    </message>
    <message>
      <source>{name} must be a positive number, not {value}.</source>
      <translation>{name} mora biti pozitivan broj, a ne {value}.</translation>
    </message>
    <message>
      <source>At least one indentation is needed.</source>
      <translation>Potreban je bar jedan otisak.</translation>
    </message>
    <message>
      <source>the diagonals differ by {p:.1f} % (more than 5 %)</source>
      <translation>dijagonale se razlikuju za {p:.1f} % (više od 5 %)</translation>
    </message>
    <message>
      <source>the specimen ({t} mm) is thinner than 1.5·d = {m:.3f} mm</source>
      <translation>uzorak ({t} mm) je tanji od 1.5·d = {m:.3f} mm</translation>
    </message>
    <message>
      <source>HV {s} is not a test force of ISO 6507-1 (HV 0.01 … HV 100).</source>
      <translation>HV {s} nije sila ispitivanja prema ISO 6507-1 (HV 0.01 … HV 100).</translation>
    </message>
    <message>
      <source>The indentation ({d} mm) cannot be as large as the ball ({D} mm).</source>
      <translation>Otisak ({d} mm) ne može biti velik koliko i kuglica ({D} mm).</translation>
    </message>
    <message>
      <source>d = {d:.3f} mm is outside 0.24·D … 0.6·D ({lo:.3f} … {hi:.3f} mm)</source>
      <translation>d = {d:.3f} mm je izvan opsega 0.24·D … 0.6·D ({lo:.3f} … {hi:.3f} mm)</translation>
    </message>
    <message>
      <source>Unknown Rockwell scale {s} (known: {known}).</source>
      <translation>Nepoznata Rockwell skala {s} (poznate skale: {known}).</translation>
    </message>
    <message>
      <source>A hardness value is missing.</source>
      <translation>Nedostaje vrednost tvrdoće.</translation>
    </message>
    <message>
      <source>{v} is outside the range of {s} ({lo:g} … {hi:g})</source>
      <translation>{v} je izvan opsega skale {s} ({lo:g} … {hi:g})</translation>
    </message>
    <message>
      <source>The notch must be V or U, not {n}.</source>
      <translation>Zarez mora biti V ili U, a ne {n}.</translation>
    </message>
    <message>
      <source>The striker radius must be 2 mm or 8 mm, not {r} mm.</source>
      <translation>Poluprečnik udarnog noža mora biti 2 mm ili 8 mm, a ne {r} mm.</translation>
    </message>
    <message>
      <source>At least one absorbed energy is needed.</source>
      <translation>Potrebna je bar jedna vrednost apsorbovane energije.</translation>
    </message>
    <message>
      <source>Specimen {n}: the absorbed energy must be zero or positive, not {v}.</source>
      <translation>Uzorak {n}: apsorbovana energija mora biti nula ili pozitivna, a ne {v}.</translation>
    </message>
    <message>
      <source>The test temperature must be a number, not {t}.</source>
      <translation>Temperatura ispitivanja mora biti broj, a ne {t}.</translation>
    </message>
    <message>
      <source>The pendulum's initial energy must be positive.</source>
      <translation>Početna energija klatna mora biti pozitivna.</translation>
    </message>
    <message>
      <source>Specimen {n}: {v:g} J exceeds the pendulum's initial energy {e:g} J.</source>
      <translation>Uzorak {n}: {v:g} J premašuje početnu energiju klatna od {e:g} J.</translation>
    </message>
    <message>
      <source>Specimen {n}: {v:g} J exceeds 80 % of the initial energy ({lim:g} J); the value is approximate.</source>
      <translation>Uzorak {n}: {v:g} J premašuje 80 % početne energije ({lim:g} J); vrednost je približna.</translation>
    </message>
    <message>
      <source>Nothing to combine.</source>
      <translation>Nema šta da se objedini.</translation>
    </message>
    <message>
      <source>Results of different kinds ({kinds}) must never be mixed.</source>
      <translation>Rezultati različitih vrsta ({kinds}) nikada se ne smeju mešati.</translation>
    </message>
    <message>
      <source>Results at different test temperatures cannot be combined.</source>
      <translation>Rezultati dobijeni pri različitim temperaturama ispitivanja ne mogu se objediniti.</translation>
    </message>
    <message>
      <source>The required mean must be zero or positive, not {v}.</source>
      <translation>Zahtevana srednja vrednost mora biti nula ili pozitivna, a ne {v}.</translation>
    </message>
    <message>
      <source>The single-value fraction must be above 0 and at most 1, not {v}.</source>
      <translation>Udeo pojedinačne vrednosti mora biti veći od 0 i najviše 1, a ne {v}.</translation>
    </message>
    <message>
      <source>The {field} values are too large or too small to give a result; check the units.</source>
      <translation>Vrednosti {field} su prevelike ili premale za rezultat; proverite jedinice.</translation>
    </message>
    <message>
      <source>At least two subgroups are needed.</source>
      <translation>Potrebne su bar dve podgrupe.</translation>
    </message>
    <message>
      <source>All subgroups must have the same size (found sizes {sizes}).</source>
      <translation>Sve podgrupe moraju biti iste veličine (pronađene veličine: {sizes}).</translation>
    </message>
    <message>
      <source>The subgroup size must be 2 to 10, not {n}.</source>
      <translation>Veličina podgrupe mora biti od 2 do 10, a ne {n}.</translation>
    </message>
    <message>
      <source>The subgroups contain a missing or infinite value.</source>
      <translation>Podgrupe sadrže vrednost koja nedostaje ili je beskonačna.</translation>
    </message>
    <message>
      <source>Capability needs a lower or an upper limit.</source>
      <translation>Za sposobnost procesa potrebna je donja ili gornja granica.</translation>
    </message>
    <message>
      <source>The lower limit must be below the upper limit.</source>
      <translation>Donja granica mora biti manja od gornje granice.</translation>
    </message>
    <message>
      <source>There is no variation within the subgroups: σ̂ = 0, capability is undefined.</source>
      <translation>Unutar podgrupa nema varijacije: σ̂ = 0, sposobnost procesa nije definisana.</translation>
    </message>
    <message>
      <source>{name} is missing.</source>
      <translation>Nedostaje {name}.</translation>
    </message>
    <message>
      <source>Give exactly one cross-section: a diameter, a width and a thickness, or the area (got: {given}).</source>
      <translation>Unesite tačno jedan poprečni presek: prečnik, širinu i debljinu, ili površinu (uneto: {given}).</translation>
    </message>
    <message>
      <source>none</source>
      <translation>ništa</translation>
    </message>
    <message>
      <source>The cross-section computed from these dimensions ({s0} mm²) is out of range; check the units.</source>
      <translation>Površina preseka izračunata iz ovih dimenzija ({s0} mm²) je van mogućeg opsega; proverite jedinice.</translation>
    </message>
    <message>
      <source>The final gauge length Lu ({lu} mm) is shorter than L0 ({l0} mm).</source>
      <translation>Konačna merna dužina Lu ({lu} mm) kraća je od L0 ({l0} mm).</translation>
    </message>
    <message>
      <source>Lu ({lu} mm) and L0 ({l0} mm) give no elongation; check the units.</source>
      <translation>Lu ({lu} mm) i L0 ({l0} mm) ne daju izduženje; proverite jedinice.</translation>
    </message>
    <message>
      <source>The cross-section after fracture Su ({su} mm²) exceeds S0 ({s0} mm²).</source>
      <translation>Poprečni presek posle kidanja Su ({su} mm²) veći je od S0 ({s0} mm²).</translation>
    </message>
    <message>
      <source>{value} is not a number that can be reported.</source>
      <translation>{value} nije broj koji može da se navede u izveštaju.</translation>
    </message>
    <message>
      <source>The curve is not numeric: {error}</source>
      <translation>Kriva nije numerička: {error}</translation>
    </message>
    <message>
      <source>strain</source>
      <translation>deformacija</translation>
    </message>
    <message>
      <source>stress</source>
      <translation>napon</translation>
    </message>
    <message>
      <source>The {name} is a single-column table; strain and stress are needed as two separate columns.</source>
      <translation>Niz „{name}“ je tabela sa jednom kolonom; deformacija i napon moraju biti u dve zasebne kolone.</translation>
    </message>
    <message>
      <source>The {name} must be a one-dimensional series.</source>
      <translation>Niz „{name}“ mora biti jednodimenzionalan.</translation>
    </message>
    <message>
      <source>The curve is empty.</source>
      <translation>Kriva je prazna.</translation>
    </message>
    <message>
      <source>Strain and stress differ in length ({a} and {b} points).</source>
      <translation>Deformacija i napon su različite dužine ({a} i {b} tačaka).</translation>
    </message>
    <message>
      <source>The curve has only {n} points; at least {m} are needed.</source>
      <translation>Kriva ima samo {n} tačaka; potrebno je najmanje {m}.</translation>
    </message>
    <message>
      <source>The curve contains a missing or infinite value at point {i}.</source>
      <translation>Kriva sadrži vrednost koja nedostaje ili je beskonačna u tački {i}.</translation>
    </message>
    <message>
      <source>The stress reaches {value:.3g} MPa, beyond any material: check the units of the force or stress column and the cross-section.</source>
      <translation>Napon dostiže {value:.3g} MPa, više od bilo kog materijala: proverite jedinice kolone sile ili napona i površinu preseka.</translation>
    </message>
    <message>
      <source>The strain reaches {value:.3g} %, beyond any tensile test: check the units of the extension or strain column and the gauge length.</source>
      <translation>Deformacija dostiže {value:.3g} %, više od bilo kog ispitivanja zatezanjem: proverite jedinice kolone izduženja ili deformacije i mernu dužinu.</translation>
    </message>
    <message>
      <source>The stress is constant: there is no curve to evaluate.</source>
      <translation>Napon je konstantan: nema krive za obradu.</translation>
    </message>
    <message>
      <source>The strain is constant: there is no curve to evaluate.</source>
      <translation>Deformacija je konstantna: nema krive za obradu.</translation>
    </message>
    <message>
      <source>The stress is never positive: this is not a tensile test.</source>
      <translation>Napon nigde nije pozitivan: ovo nije ispitivanje zatezanjem.</translation>
    </message>
    <message>
      <source>The curve has no elastic part: no straight rising stretch was found below {ref:.0f} MPa.</source>
      <translation>Kriva nema elastični deo: ispod {ref:.0f} MPa nije pronađen pravolinijski rastući deo.</translation>
    </message>
    <message>
      <source>The strain decreases along the record: this is not a tensile test (are the columns swapped or the sign reversed?).</source>
      <translation>Deformacija opada duž zapisa: ovo nije ispitivanje zatezanjem (da li su kolone zamenjene ili je znak obrnut?).</translation>
    </message>
    <message>
      <source>The curve has no maximum: the stress still rises at the last point, so Rm cannot be determined (was the test stopped early?).</source>
      <translation>Kriva nema maksimum: napon i u poslednjoj tački još raste, pa se Rm ne može odrediti (da li je ispitivanje prekinuto prerano?).</translation>
    </message>
    <message>
      <source>No fracture was detected; the last point is taken as fracture.</source>
      <translation>Kidanje nije detektovano; poslednja tačka se uzima kao tačka kidanja.</translation>
    </message>
    <message>
      <source>The curve has no elastic part: it starts above half of the maximum stress.</source>
      <translation>Kriva nema elastični deo: počinje iznad polovine maksimalnog napona.</translation>
    </message>
    <message>
      <source>The curve does not cross the {p} % offset line before the maximum force: the proof strength cannot be determined.</source>
      <translation>Kriva ne seče pomerenu pravu od {p} % pre maksimalne sile: konvencionalna granica tečenja ne može se odrediti.</translation>
    </message>
    <message>
      <source>Rp1.0: the curve does not reach 1 % plastic strain before Fm.</source>
      <translation>Rp1.0: kriva ne dostiže 1 % plastične deformacije pre Fm.</translation>
    </message>
    <message>
      <source>Lu and Su need the specimen's L0 and S0.</source>
      <translation>Za Lu i Su potrebni su L0 i S0 epruvete.</translation>
    </message>
    <message>
      <source>ITC Lab — equipment, bookings, jobs, test results and reports.</source>
      <translation>ITC Lab — oprema, rezervacije, poslovi, rezultati ispitivanja i izveštaji.</translation>
    </message>
    <message>
      <source>database file or SQLAlchemy URL (else ITC_DATABASE_URL)</source>
      <translation>datoteka baze podataka ili SQLAlchemy URL (inače ITC_DATABASE_URL)</translation>
    </message>
    <message>
      <source>use the demo database, filled when empty</source>
      <translation>koristi demo bazu podataka, popunjenu ako je prazna</translation>
    </message>
    <message>
      <source>fill the database with demo data</source>
      <translation>popuni bazu podataka demo podacima</translation>
    </message>
    <message>
      <source>large: ten years of a busy center (about 1,000,000 usage sessions)</source>
      <translation>large: deset godina rada prometnog centra (oko 1.000.000 sesija korišćenja)</translation>
    </message>
    <message>
      <source>database maintenance</source>
      <translation>održavanje baze podataka</translation>
    </message>
    <message>
      <source>migrate the database to this version</source>
      <translation>migriraj bazu podataka na ovu verziju</translation>
    </message>
    <message>
      <source>print the schema revision</source>
      <translation>ispiši reviziju šeme</translation>
    </message>
    <message>
      <source>consistent copy of a running database (a server: pg_dump's custom format); without --out, into the backups folder with its rotation</source>
      <translation>konzistentna kopija baze u radu (server: prilagođeni format pg_dump-a); bez --out, u fasciklu rezervnih kopija uz rotaciju</translation>
    </message>
    <message>
      <source>user accounts</source>
      <translation>korisnički nalozi</translation>
    </message>
    <message>
      <source>create a user (asks for the password)</source>
      <translation>kreiraj korisnika (traži lozinku)</translation>
    </message>
    <message>
      <source>read the password from standard input</source>
      <translation>učitaj lozinku sa standardnog ulaza</translation>
    </message>
    <message>
      <source>the audit trail</source>
      <translation>revizorski trag</translation>
    </message>
    <message>
      <source>check the hash chain and every audited table against it; names what differs</source>
      <translation>proverava lanac heševa i svaku praćenu tabelu prema njemu; navodi šta se razlikuje</translation>
    </message>
    <message>
      <source>Password: </source>
      <translation>Lozinka: </translation>
    </message>
    <message>
      <source>Repeat password: </source>
      <translation>Ponovite lozinku: </translation>
    </message>
    <message>
      <source>The passwords do not match.</source>
      <translation>Lozinke se ne podudaraju.</translation>
    </message>
    <message>
      <source>There is no database at {path}.</source>
      <translation>Na putanji {path} nema baze podataka.</translation>
    </message>
    <message>
      <source>(empty)</source>
      <translation>(prazno)</translation>
    </message>
    <message>
      <source>Demo data written to {where}.</source>
      <translation>Demo podaci upisani u {where}.</translation>
    </message>
    <message>
      <source>The database already holds data; nothing was changed.</source>
      <translation>Baza podataka već sadrži podatke; ništa nije promenjeno.</translation>
    </message>
    <message>
      <source>Schema at revision {rev}.</source>
      <translation>Revizija šeme: {rev}.</translation>
    </message>
    <message>
      <source>Name the file for pg_dump's backup: --out FILE.</source>
      <translation>Navedite datoteku za pg_dump rezervnu kopiju: --out DATOTEKA.</translation>
    </message>
    <message>
      <source>Older backup removed by the rotation: {path}</source>
      <translation>Rotacija je uklonila stariju rezervnu kopiju: {path}</translation>
    </message>
    <message>
      <source>Backup written to {path}.</source>
      <translation>Rezervna kopija upisana u {path}.</translation>
    </message>
    <message>
      <source>User {name} ({role}) created.</source>
      <translation>Korisnik {name} ({role}) je kreiran.</translation>
    </message>
    <message>
      <source>export data for other programs</source>
      <translation>izvoz podataka za druge programe</translation>
    </message>
    <message>
      <source>bookings as an iCalendar (.ics) file</source>
      <translation>rezervacije kao iCalendar (.ics) datoteka</translation>
    </message>
    <message>
      <source>bookings of this asset tag</source>
      <translation>rezervacije opreme sa ovom inventarskom oznakom</translation>
    </message>
    <message>
      <source>bookings of this person</source>
      <translation>rezervacije ove osobe</translation>
    </message>
    <message>
      <source>bookings of this job</source>
      <translation>rezervacije ovog posla</translation>
    </message>
    <message>
      <source>the .ics file to write</source>
      <translation>datoteka .ics koja se upisuje</translation>
    </message>
    <message>
      <source>Cannot write {path}: {reason}</source>
      <translation>Nije moguće upisati {path}: {reason}</translation>
    </message>
    <message>
      <source>{n} bookings written to {path}.</source>
      <translation>Broj rezervacija upisanih u {path}: {n}.</translation>
    </message>
    <message>
      <source>set up a PostgreSQL database: schema, the program's role, the kiosk's role</source>
      <translation>podesi PostgreSQL bazu podataka: šema, uloga programa, uloga kioska</translation>
    </message>
    <message>
      <source>the database as its owner or a superuser: postgresql+psycopg://ADMIN@host/db</source>
      <translation>baza podataka, uz povezivanje kao njen vlasnik ili superkorisnik: postgresql+psycopg://ADMIN@host/db</translation>
    </message>
    <message>
      <source>asked without echo when not given</source>
      <translation>ako nije navedena, traži se unos bez prikaza na ekranu</translation>
    </message>
    <message>
      <source>the server's name as the lab's PCs reach it, for the printed URLs</source>
      <translation>ime servera preko kog mu pristupaju računari laboratorije, za ispisane URL adrese</translation>
    </message>
    <message>
      <source>copy a database (e.g. the single-PC file) into an empty PostgreSQL database</source>
      <translation>kopiraj bazu podataka (npr. datoteku za rad na jednom računaru) u praznu PostgreSQL bazu podataka</translation>
    </message>
    <message>
      <source>database file or URL</source>
      <translation>datoteka baze podataka ili URL</translation>
    </message>
    <message>
      <source>postgresql+psycopg://...</source>
      <translation>postgresql+psycopg://...</translation>
    </message>
    <message>
      <source>replace the database with a backup after checking it (integrity, schema, audit trail); the replaced database is kept beside it</source>
      <translation>zamena baze rezervnom kopijom posle provere (ispravnost, šema, revizorski trag); zamenjena baza se čuva pored nje</translation>
    </message>
    <message>
      <source>the backup to restore</source>
      <translation>rezervna kopija za vraćanje</translation>
    </message>
    <message>
      <source>Checked {file}: {result}</source>
      <translation>Provereno {file}: {result}</translation>
    </message>
    <message>
      <source>The backup had schema revision {revision}; it was brought to this version.</source>
      <translation>Rezervna kopija je imala reviziju šeme {revision}; dovedena je na ovu verziju.</translation>
    </message>
    <message>
      <source>The replaced database is kept at {path}.</source>
      <translation>Zamenjena baza je sačuvana u {path}.</translation>
    </message>
    <message>
      <source>Restored {path} from {file}.</source>
      <translation>{path} vraćena iz {file}.</translation>
    </message>
    <message>
      <source>Password for {role} (Enter keeps the current one): </source>
      <translation>Lozinka za {role} (Enter zadržava trenutnu): </translation>
    </message>
    <message>
      <source>Password for the new role {role}: </source>
      <translation>Lozinka za novu ulogu {role}: </translation>
    </message>
    <message>
      <source>The new role {role} needs a password.</source>
      <translation>Novoj ulozi {role} potrebna je lozinka.</translation>
    </message>
    <message>
      <source>Schema at revision {rev} (already).</source>
      <translation>Šema je već na reviziji {rev}.</translation>
    </message>
    <message>
      <source>Schema migrated from {before} to {rev}.</source>
      <translation>Šema je migrirana: {before} → {rev}.</translation>
    </message>
    <message>
      <source>the program's role</source>
      <translation>uloga programa</translation>
    </message>
    <message>
      <source>the kiosk's read-only role</source>
      <translation>uloga kioska samo za čitanje</translation>
    </message>
    <message>
      <source>created</source>
      <translation>kreirana</translation>
    </message>
    <message>
      <source>updated</source>
      <translation>ažurirana</translation>
    </message>
    <message>
      <source>{role}: {what}, {state}; privileges set.</source>
      <translation>{role}: {what}, {state}; prava pristupa su podešena.</translation>
    </message>
    <message>
      <source>Each PC of the lab: ITC_DATABASE_URL={url}</source>
      <translation>Na svakom računaru laboratorije: ITC_DATABASE_URL={url}</translation>
    </message>
    <message>
      <source>The kiosk: ITC_DATABASE_URL={url} itc-desktop kiosk</source>
      <translation>Na kiosku: ITC_DATABASE_URL={url} itc-desktop kiosk</translation>
    </message>
    <message>
      <source>(Replace the host with the server's name as the PCs reach it: --client-host.)</source>
      <translation>(Zamenite host imenom servera preko kog mu pristupaju računari: --client-host.)</translation>
    </message>
    <message>
      <source>Run this again after each update of the program: it is safe to repeat.</source>
      <translation>Pokrenite ovo ponovo posle svakog ažuriranja programa: ponavljanje je bezbedno.</translation>
    </message>
    <message>
      <source>  {table}: {rows} rows</source>
      <translation>  {table}: {rows} redova</translation>
    </message>
    <message>
      <source>table</source>
      <translation>tabela</translation>
    </message>
    <message>
      <source>rows (source)</source>
      <translation>redovi (izvor)</translation>
    </message>
    <message>
      <source>rows (target)</source>
      <translation>redovi (odredište)</translation>
    </message>
    <message>
      <source>SHA-256 (source)</source>
      <translation>SHA-256 (izvor)</translation>
    </message>
    <message>
      <source>OK</source>
      <translation>OK</translation>
    </message>
    <message>
      <source>DIFFERENT</source>
      <translation>RAZLIKUJE SE</translation>
    </message>
    <message>
      <source>Audit trail on the target: {result}</source>
      <translation>Revizorski trag u odredišnoj bazi: {result}</translation>
    </message>
    <message>
      <source>Copied {rows} rows of {tables} tables from {source} to {target}; every count and checksum matches.</source>
      <translation>Kopirano je {rows} redova ({tables} tabela) iz {source} u {target}; svi brojevi redova i kontrolne sume se podudaraju.</translation>
    </message>
    <message>
      <source>The copy does NOT match the source ({tables}). Do not use the target; empty it and copy again with the lab's program closed.</source>
      <translation>Kopija se NE podudara sa izvorom ({tables}). Ne koristite odredište; ispraznite ga i kopirajte ponovo dok je program laboratorije zatvoren.</translation>
    </message>
    <message>
      <source>audit trail</source>
      <translation>revizorski trag</translation>
    </message>
    <message>
      <source>PDF sheet of asset labels (QR code, name, calibration)</source>
      <translation>PDF list sa inventarskim nalepnicama (QR kod, naziv, kalibracija)</translation>
    </message>
    <message>
      <source>the PDF file to write</source>
      <translation>PDF datoteka koja se upisuje</translation>
    </message>
    <message>
      <source>asset tags to print (default: all equipment that is not retired)</source>
      <translation>inventarske oznake za štampu (podrazumevano: sva oprema koja nije rashodovana)</translation>
    </message>
    <message>
      <source>draw cut lines (for plain paper)</source>
      <translation>iscrtaj linije za sečenje (za običan papir)</translation>
    </message>
    <message>
      <source>the equipment list as CSV</source>
      <translation>spisak opreme kao CSV</translation>
    </message>
    <message>
      <source>write every piece of equipment to a CSV file</source>
      <translation>upiši svu opremu u CSV datoteku</translation>
    </message>
    <message>
      <source>separate with ; (spreadsheets that use a decimal comma)</source>
      <translation>razdvajanje znakom ; (za tabelarne programe koji koriste decimalni zarez)</translation>
    </message>
    <message>
      <source>add equipment from a CSV file: all rows or, if any is wrong, none</source>
      <translation>dodaj opremu iz CSV datoteke: sve redove ili, ako je ijedan neispravan, nijedan</translation>
    </message>
    <message>
      <source>Asset labels written to {path}.</source>
      <translation>Inventarske nalepnice upisane u {path}.</translation>
    </message>
    <message>
      <source>Equipment list written to {path}.</source>
      <translation>Spisak opreme upisan u {path}.</translation>
    </message>
    <message>
      <source>Cannot read {path}: {reason}</source>
      <translation>Nije moguće pročitati {path}: {reason}</translation>
    </message>
    <message>
      <source>{count} problems; nothing was imported.</source>
      <translation>Broj problema: {count}; ništa nije uvezeno.</translation>
    </message>
    <message>
      <source>{count} pieces of equipment imported.</source>
      <translation>Uvezeno jedinica opreme: {count}.</translation>
    </message>
    <message>
      <source>not a number of seconds: {text}</source>
      <translation>nije broj sekundi: {text}</translation>
    </message>
    <message>
      <source>between 1 and 86400 seconds, not {text}</source>
      <translation>između 1 i 86400 sekundi, a ne {text}</translation>
    </message>
    <message>
      <source>full-screen job status for visitors (reads only; staff leave: Ctrl+Shift+Q)</source>
      <translation>prikaz statusa naloga preko celog ekrana za posetioce (samo čitanje; izlaz za osoblje: Ctrl+Shift+Q)</translation>
    </message>
    <message>
      <source>back to the start screen after this long without input (default 60, or ITC_KIOSK_IDLE_SECONDS)</source>
      <translation>povratak na početni ekran posle ovoliko vremena bez unosa (podrazumevano 60 ili ITC_KIOSK_IDLE_SECONDS)</translation>
    </message>
    <message>
      <source>how often the shown job is read again (default 3)</source>
      <translation>koliko često se prikazani nalog ponovo učitava (podrazumevano 3)</translation>
    </message>
    <message>
      <source>the language the kiosk returns to after each visitor</source>
      <translation>jezik na koji se kiosk vraća posle svakog posetioca</translation>
    </message>
    <message>
      <source>a normal-sized window instead of full screen (for trying it out)</source>
      <translation>prozor normalne veličine umesto celog ekrana (za isprobavanje)</translation>
    </message>
    <message>
      <source>print the SQL for a read-only PostgreSQL role (default itc_kiosk) and exit</source>
      <translation>ispiši SQL za PostgreSQL ulogu samo za čitanje (podrazumevano itc_kiosk) i izađi</translation>
    </message>
    <message>
      <source>printable reports (PDF, XLSX, CSV)</source>
      <translation>izveštaji za štampu (PDF, XLSX, CSV)</translation>
    </message>
    <message>
      <source>test report of a job (ISO/IEC 17025 §7.8)</source>
      <translation>izveštaj o ispitivanju za posao (ISO/IEC 17025 §7.8)</translation>
    </message>
    <message>
      <source>job reference, e.g. ITC-2026-0001</source>
      <translation>broj naloga, npr. ITC-2026-0001</translation>
    </message>
    <message>
      <source>a watermarked draft (not issued, not archived)</source>
      <translation>nacrt sa vodenim žigom (nije izdat, nije arhiviran)</translation>
    </message>
    <message>
      <source>intake slip with a new kiosk access code</source>
      <translation>prijemnica sa novim pristupnim kodom za kiosk</translation>
    </message>
    <message>
      <source>equipment usage report for managers</source>
      <translation>izveštaj o korišćenju opreme za rukovodioce</translation>
    </message>
    <message>
      <source>the figures as XLSX too</source>
      <translation>podaci i u XLSX formatu</translation>
    </message>
    <message>
      <source>the figures as CSV too</source>
      <translation>podaci i u CSV formatu</translation>
    </message>
    <message>
      <source>only these asset tags</source>
      <translation>samo ove inventarske oznake</translation>
    </message>
    <message>
      <source>only equipment of this category</source>
      <translation>samo oprema ove kategorije</translation>
    </message>
    <message>
      <source>{name}={value}: expected a number of hours (0 = off)</source>
      <translation>{name}={value}: očekuje se broj sati (0 = isključeno)</translation>
    </message>
    <message>
      <source>The backup cannot overwrite the database itself ({path}).</source>
      <translation>Rezervna kopija ne može da prepiše samu bazu podataka ({path}).</translation>
    </message>
    <message>
      <source>The backup could not be written to {path}: {error}</source>
      <translation>Rezervna kopija nije mogla da se upiše u {path}: {error}</translation>
    </message>
    <message>
      <source>This database was written by a newer version of ITC Lab (schema revision {revision}). Update the program; the database was not changed.</source>
      <translation>Ovu bazu podataka je upisala novija verzija programa ITC Lab (revizija šeme {revision}). Ažurirajte program; baza podataka nije promenjena.</translation>
    </message>
    <message>
      <source>This is not an ITC Lab database: it holds other tables ({tables}) and no schema revision. Choose another file; nothing was added to this one.</source>
      <translation>Ovo nije baza podataka programa ITC Lab: sadrži druge tabele ({tables}) i nema reviziju šeme. Izaberite drugu datoteku; u ovu ništa nije dodato.</translation>
    </message>
    <message>
      <source>This database must first be brought to this program's version (schema revision {before} → {head}), and this connection may not change the schema. Ask the administrator to run `itc-desktop db init-server` on the server; nothing was changed.</source>
      <translation>Bazu podataka prvo treba dovesti na verziju ovog programa (revizija šeme {before} → {head}), a ova veza ne sme da menja šemu. Zamolite administratora da na serveru pokrene `itc-desktop db init-server`; ništa nije promenjeno.</translation>
    </message>
    <message>
      <source>The account {username} is deactivated: nothing was saved.</source>
      <translation>Nalog {username} je deaktiviran: ništa nije sačuvano.</translation>
    </message>
    <message>
      <source>This station's connection is read-only.</source>
      <translation>Veza ove radne stanice je samo za čitanje.</translation>
    </message>
    <message>
      <source>The connection to the database server was lost ({reason}); nothing was saved. What you entered is still here: try again in a moment.</source>
      <translation>Veza sa serverom baze podataka je prekinuta ({reason}); ništa nije sačuvano. Ono što ste uneli je i dalje tu: pokušajte ponovo za trenutak.</translation>
    </message>
    <message>
      <source>Backups of a database server are made with pg_dump (see README).</source>
      <translation>Rezervne kopije servera baze podataka prave se pomoću pg_dump (vidi README).</translation>
    </message>
    <message>
      <source>The source database {where} cannot be read: {reason}</source>
      <translation>Izvorna baza podataka {where} ne može da se pročita: {reason}</translation>
    </message>
    <message>
      <source>The source {where} is not an ITC Lab database.</source>
      <translation>Izvor {where} nije baza podataka programa ITC Lab.</translation>
    </message>
    <message>
      <source>The source has schema revision {revision}, this program's is {head}. Bring it up to date first (itc-desktop --db SOURCE db upgrade, with the program that matches the server), then copy again.</source>
      <translation>Izvor ima reviziju šeme {revision}, a ovaj program {head}. Najpre ažurirajte izvor (itc-desktop --db SOURCE db upgrade, verzijom programa koja odgovara serveru), pa ponovo pokrenite kopiranje.</translation>
    </message>
    <message>
      <source>The source lacks the tables {tables}.</source>
      <translation>U izvoru nedostaju tabele {tables}.</translation>
    </message>
    <message>
      <source>The target {where} cannot be reached: {reason}</source>
      <translation>Odredište {where} nije dostupno: {reason}</translation>
    </message>
    <message>
      <source>The target holds tables that are not ITC Lab's ({tables}); copy into an empty database. Nothing was written.</source>
      <translation>Odredište sadrži tabele koje ne pripadaju programu ITC Lab ({tables}); kopirajte u praznu bazu podataka. Ništa nije upisano.</translation>
    </message>
    <message>
      <source> and {n} more tables</source>
      <translation> i još {n} tabela</translation>
    </message>
    <message>
      <source>The target database is not empty: {tables}. The copy goes only into an empty database; nothing was written.</source>
      <translation>Odredišna baza podataka nije prazna: {tables}. Kopiranje je moguće samo u praznu bazu podataka; ništa nije upisano.</translation>
    </message>
    <message>
      <source>The target database is not empty: {tables}. Nothing was written.</source>
      <translation>Odredišna baza podataka nije prazna: {tables}. Ništa nije upisano.</translation>
    </message>
    <message>
      <source>The copy failed and was undone (the target holds no rows): {reason}</source>
      <translation>Kopiranje nije uspelo i poništeno je (odredište ne sadrži nijedan red): {reason}</translation>
    </message>
    <message>
      <source>The copy goes to a PostgreSQL server (postgresql+psycopg://user@host/db); a copy of a database file is made with `itc-desktop db backup`.</source>
      <translation>Kopija se pravi na PostgreSQL serveru (postgresql+psycopg://user@host/db); kopija datoteke baze podataka pravi se komandom `itc-desktop db backup`.</translation>
    </message>
    <message>
      <source>The source and the target are the same database.</source>
      <translation>Izvor i odredište su ista baza podataka.</translation>
    </message>
    <message>
      <source>The target could not be migrated: {reason}</source>
      <translation>Odredište nije moglo da se migrira: {reason}</translation>
    </message>
    <message>
      <source>it was written by another version of the program</source>
      <translation>napisala ga je druga verzija programa</translation>
    </message>
    <message>
      <source>the file is damaged</source>
      <translation>datoteka je oštećena</translation>
    </message>
    <message>
      <source>Monday</source>
      <translation>Ponedeljak</translation>
    </message>
    <message>
      <source>Tuesday</source>
      <translation>Utorak</translation>
    </message>
    <message>
      <source>Wednesday</source>
      <translation>Sreda</translation>
    </message>
    <message>
      <source>Thursday</source>
      <translation>Četvrtak</translation>
    </message>
    <message>
      <source>Friday</source>
      <translation>Petak</translation>
    </message>
    <message>
      <source>Saturday</source>
      <translation>Subota</translation>
    </message>
    <message>
      <source>Sunday</source>
      <translation>Nedelja</translation>
    </message>
    <message>
      <source>Mon</source>
      <translation>Pon</translation>
    </message>
    <message>
      <source>Tue</source>
      <translation>Uto</translation>
    </message>
    <message>
      <source>Wed</source>
      <translation>Sre</translation>
    </message>
    <message>
      <source>Thu</source>
      <translation>Čet</translation>
    </message>
    <message>
      <source>Fri</source>
      <translation>Pet</translation>
    </message>
    <message>
      <source>Sat</source>
      <translation>Sub</translation>
    </message>
    <message>
      <source>Sun</source>
      <translation>Ned</translation>
    </message>
    <message>
      <source>Row {row}: {message}</source>
      <translation>Red {row}: {message}</translation>
    </message>
    <message>
      <source>Row {row}, column {column}: {message}</source>
      <translation>Red {row}, kolona {column}: {message}</translation>
    </message>
    <message>
      <source>longer than {limit} characters</source>
      <translation>duže od {limit} znakova</translation>
    </message>
    <message>
      <source>required</source>
      <translation>obavezno</translation>
    </message>
    <message>
      <source>unknown category {value!r} (one of {allowed})</source>
      <translation>nepoznata kategorija {value!r} (dozvoljeno: {allowed})</translation>
    </message>
    <message>
      <source>unknown status {value!r} (one of {allowed})</source>
      <translation>nepoznat status {value!r} (dozvoljeno: {allowed})</translation>
    </message>
    <message>
      <source>unknown currency {value!r} (one of {allowed})</source>
      <translation>nepoznata valuta {value!r} (dozvoljeno: {allowed})</translation>
    </message>
    <message>
      <source>not yes or no: {value!r}</source>
      <translation>nije da ili ne: {value!r}</translation>
    </message>
    <message>
      <source>not a date (YYYY-MM-DD): {value!r}</source>
      <translation>nije datum (GGGG-MM-DD): {value!r}</translation>
    </message>
    <message>
      <source>not a number: {value!r}</source>
      <translation>nije broj: {value!r}</translation>
    </message>
    <message>
      <source>must not be negative</source>
      <translation>ne sme biti negativno</translation>
    </message>
    <message>
      <source>at most {places} decimals</source>
      <translation>najviše decimala: {places}</translation>
    </message>
    <message>
      <source>not a whole number: {value!r}</source>
      <translation>nije ceo broj: {value!r}</translation>
    </message>
    <message>
      <source>must be at least {minimum}</source>
      <translation>mora biti najmanje {minimum}</translation>
    </message>
    <message>
      <source>The file is not UTF-8 text (byte {at} is not valid).</source>
      <translation>Datoteka nije UTF-8 tekst (bajt {at} nije ispravan).</translation>
    </message>
    <message>
      <source>a cell is longer than {limit} characters</source>
      <translation>ćelija je duža od {limit} znakova</translation>
    </message>
    <message>
      <source>a quoted cell is not closed (a " is missing)</source>
      <translation>ćelija pod navodnicima nije zatvorena (nedostaje ")</translation>
    </message>
    <message>
      <source>text after a closing quote (write "" for a quote inside a cell)</source>
      <translation>tekst posle zatvarajućeg navodnika (za navodnik unutar ćelije pišite "")</translation>
    </message>
    <message>
      <source>not valid CSV: {detail}</source>
      <translation>nije ispravan CSV: {detail}</translation>
    </message>
    <message>
      <source>The file is empty.</source>
      <translation>Datoteka je prazna.</translation>
    </message>
    <message>
      <source>column {number} has no name</source>
      <translation>kolona {number} nema naziv</translation>
    </message>
    <message>
      <source>unknown column</source>
      <translation>nepoznata kolona</translation>
    </message>
    <message>
      <source>column appears twice</source>
      <translation>kolona se pojavljuje dva puta</translation>
    </message>
    <message>
      <source>required column is missing</source>
      <translation>nedostaje obavezna kolona</translation>
    </message>
    <message>
      <source>{count} cells, the header has {expected}</source>
      <translation>ćelija: {count}, a zaglavlje ih ima {expected}</translation>
    </message>
    <message>
      <source>duplicate tag {tag} (also in row {row})</source>
      <translation>duplirana oznaka {tag} (i u redu {row})</translation>
    </message>
    <message>
      <source>The file has no equipment rows.</source>
      <translation>Datoteka nema redova sa opremom.</translation>
    </message>
    <message>
      <source>Imported from a CSV file.</source>
      <translation>Uvezeno iz CSV datoteke.</translation>
    </message>
    <message>
      <source>line {line}: {message}</source>
      <translation>red {line}: {message}</translation>
    </message>
    <message>
      <source>The cross-section is unknown: give the diameter, the width and thickness, or the area.</source>
      <translation>Poprečni presek nije poznat: unesite prečnik, širinu i debljinu ili površinu.</translation>
    </message>
    <message>
      <source>The file has no force or stress column.</source>
      <translation>Datoteka nema kolonu sile ili napona.</translation>
    </message>
    <message>
      <source>The gauge length L0 is unknown: give it or the cross-section.</source>
      <translation>Merna dužina L0 nije poznata: unesite nju ili poprečni presek.</translation>
    </message>
    <message>
      <source>The file has no extension or strain column.</source>
      <translation>Datoteka nema kolonu izduženja ili deformacije.</translation>
    </message>
    <message>
      <source>This is not a text file (it contains binary data).</source>
      <translation>Ovo nije tekstualna datoteka (sadrži binarne podatke).</translation>
    </message>
    <message>
      <source>The file is marked as {encoding} text but is damaged or cut short (byte {position} cannot be read).</source>
      <translation>Datoteka je označena kao {encoding} tekst, ali je oštećena ili skraćena (bajt {position} ne može da se pročita).</translation>
    </message>
    <message>
      <source>The table has a single column; force and extension are needed.</source>
      <translation>Tabela ima samo jednu kolonu; potrebni su sila i izduženje.</translation>
    </message>
    <message>
      <source>No table of numbers was found (expected columns separated by tab, semicolon or comma).</source>
      <translation>Nije pronađena tabela sa brojevima (očekuju se kolone razdvojene tabulatorom, tačkom i zarezom ili zarezom).</translation>
    </message>
    <message>
      <source>Several columns look like {q}: {names}; '{chosen}' was taken.</source>
      <translation>Više kolona liči na {q}: {names}; uzeta je '{chosen}'.</translation>
    </message>
    <message>
      <source>The line has {n} characters; at most {m} are accepted (is this a tensile record?).</source>
      <translation>Red ima {n} znakova; prihvata se najviše {m} (da li je ovo zapis ispitivanja zatezanjem?).</translation>
    </message>
    <message>
      <source>No table of numbers was found.</source>
      <translation>Nije pronađena tabela sa brojevima.</translation>
    </message>
    <message>
      <source>The table has {n} rows; at most {m} are accepted.</source>
      <translation>Tabela ima {n} redova; prihvata se najviše {m}.</translation>
    </message>
    <message>
      <source>Column {n}</source>
      <translation>Kolona {n}</translation>
    </message>
    <message>
      <source>The table has no header row; map the columns by hand.</source>
      <translation>Tabela nema red zaglavlja; ručno dodelite kolone.</translation>
    </message>
    <message>
      <source>expected {n} values, found {m}.</source>
      <translation>očekivano vrednosti: {n}, pronađeno: {m}.</translation>
    </message>
    <message>
      <source>a value is missing in column {c}.</source>
      <translation>nedostaje vrednost u koloni {c}.</translation>
    </message>
    <message>
      <source>'{cell}' is not a number.</source>
      <translation>'{cell}' nije broj.</translation>
    </message>
    <message>
      <source>'{cell}' is not a finite number.</source>
      <translation>'{cell}' nije konačan broj.</translation>
    </message>
    <message>
      <source>Unknown quantity '{q}' (use one of {all}).</source>
      <translation>Nepoznata veličina '{q}' (koristite jednu od: {all}).</translation>
    </message>
    <message>
      <source>Column {n} does not exist (the table has {m}).</source>
      <translation>Kolona {n} ne postoji (tabela ih ima {m}).</translation>
    </message>
    <message>
      <source>No column is named '{name}'.</source>
      <translation>Nema kolone sa imenom '{name}'.</translation>
    </message>
    <message>
      <source>The unit '{unit}' of column '{h}' does not fit {q}.</source>
      <translation>Jedinica '{unit}' u koloni '{h}' ne odgovara veličini {q}.</translation>
    </message>
    <message>
      <source>Unknown unit '{unit}' in column '{h}'.</source>
      <translation>Nepoznata jedinica '{unit}' u koloni '{h}'.</translation>
    </message>
    <message>
      <source>The strain column has no unit; values above 2 are read as %.</source>
      <translation>Kolona deformacije nema jedinicu; vrednosti veće od 2 čitaju se kao %.</translation>
    </message>
    <message>
      <source>Column '{h}' has no unit; {unit} is assumed.</source>
      <translation>Kolona '{h}' nema jedinicu; pretpostavlja se {unit}.</translation>
    </message>
    <message>
      <source>The file is {mb:.0f} MB; at most {max:.0f} MB are accepted.</source>
      <translation>Datoteka ima {mb:.0f} MB; prihvata se najviše {max:.0f} MB.</translation>
    </message>
    <message>
      <source>Cannot read {path}: {error}</source>
      <translation>Nije moguće pročitati {path}: {error}</translation>
    </message>
    <message>
      <source>Choose a force or a stress column.</source>
      <translation>Izaberite kolonu sile ili napona.</translation>
    </message>
    <message>
      <source>Choose an extension or a strain column.</source>
      <translation>Izaberite kolonu izduženja ili deformacije.</translation>
    </message>
    <message>
      <source>Column '{name}' is chosen twice ({first} and {second}); a column can be only one quantity.</source>
      <translation>Kolona '{name}' je izabrana dva puta ({first} i {second}); kolona može predstavljati samo jednu veličinu.</translation>
    </message>
    <message>
      <source>Confirmed</source>
      <translation>Potvrđeno</translation>
    </message>
    <message>
      <source>Cancelled</source>
      <translation>Otkazano</translation>
    </message>
    <message>
      <source>Completed</source>
      <translation>Završeno</translation>
    </message>
    <message>
      <source>No-show</source>
      <translation>Nedolazak</translation>
    </message>
    <message>
      <source>Machine tool</source>
      <translation>Alatna mašina</translation>
    </message>
    <message>
      <source>Testing machine</source>
      <translation>Mašina za ispitivanje</translation>
    </message>
    <message>
      <source>Measuring instrument</source>
      <translation>Merni instrument</translation>
    </message>
    <message>
      <source>Furnace</source>
      <translation>Peć</translation>
    </message>
    <message>
      <source>Welding</source>
      <translation>Zavarivanje</translation>
    </message>
    <message>
      <source>Additive manufacturing</source>
      <translation>Aditivna proizvodnja</translation>
    </message>
    <message>
      <source>Other</source>
      <translation>Ostalo</translation>
    </message>
    <message>
      <source>Available</source>
      <translation>Dostupno</translation>
    </message>
    <message>
      <source>Maintenance</source>
      <translation>Održavanje</translation>
    </message>
    <message>
      <source>Out of service</source>
      <translation>Van upotrebe</translation>
    </message>
    <message>
      <source>Retired</source>
      <translation>Rashodovano</translation>
    </message>
    <message>
      <source>In use</source>
      <translation>U upotrebi</translation>
    </message>
    <message>
      <source>Tensile</source>
      <translation>Ispitivanje zatezanjem</translation>
    </message>
    <message>
      <source>Hardness</source>
      <translation>Tvrdoća</translation>
    </message>
    <message>
      <source>Charpy impact</source>
      <translation>Ispitivanje udarom po Charpy-ju</translation>
    </message>
    <message>
      <source>Dimensional</source>
      <translation>Dimenziona kontrola</translation>
    </message>
    <message>
      <source>Draft</source>
      <translation>Nacrt</translation>
    </message>
    <message>
      <source>Reviewed</source>
      <translation>Pregledano</translation>
    </message>
    <message>
      <source>Approved</source>
      <translation>Odobreno</translation>
    </message>
    <message>
      <source>Intake slip</source>
      <translation>Prijemnica</translation>
    </message>
    <message>
      <source>Job reference</source>
      <translation>Broj naloga</translation>
    </message>
    <message>
      <source>Customer</source>
      <translation>Naručilac</translation>
    </message>
    <message>
      <source>Contact</source>
      <translation>Kontakt osoba</translation>
    </message>
    <message>
      <source>Job</source>
      <translation>Posao</translation>
    </message>
    <message>
      <source>Material</source>
      <translation>Materijal</translation>
    </message>
    <message>
      <source>Requested on</source>
      <translation>Datum zahteva</translation>
    </message>
    <message>
      <source>Agreed due date</source>
      <translation>Dogovoreni rok</translation>
    </message>
    <message>
      <source>to be agreed</source>
      <translation>biće dogovoren</translation>
    </message>
    <message>
      <source>Items received</source>
      <translation>Primljeni predmeti</translation>
    </message>
    <message>
      <source>Item</source>
      <translation>Predmet</translation>
    </message>
    <message>
      <source>Description</source>
      <translation>Opis</translation>
    </message>
    <message>
      <source>Condition on receipt</source>
      <translation>Stanje pri prijemu</translation>
    </message>
    <message>
      <source>Received</source>
      <translation>Primljeno</translation>
    </message>
    <message>
      <source>{n} item(s) expected; none registered yet.</source>
      <translation>Očekivano stavki: {n}; nijedna još nije evidentirana.</translation>
    </message>
    <message>
      <source>Job status at the kiosk</source>
      <translation>Status naloga na kiosku</translation>
    </message>
    <message>
      <source>Scan the code at the kiosk in our lobby, or type the job reference and the access code, to see the status of your job.</source>
      <translation>Da biste videli status svog naloga, skenirajte kod na kiosku u našem holu ili unesite broj naloga i pristupni kod.</translation>
    </message>
    <message>
      <source>Access code</source>
      <translation>Pristupni kod</translation>
    </message>
    <message>
      <source>Keep this slip: the code is not stored in readable form and is printed only here. A new slip makes a new code, and the old one stops working.</source>
      <translation>Sačuvajte ovu prijemnicu: kod se ne čuva u čitljivom obliku i odštampan je samo ovde. Nova prijemnica donosi novi kod, a stari prestaje da važi.</translation>
    </message>
    <message>
      <source>There is no job {reference}.</source>
      <translation>Ne postoji posao {reference}.</translation>
    </message>
    <message>
      <source>Intake slip of {reference} written to {path}; it carries a new access code (the previous one no longer works).</source>
      <translation>Prijemnica za {reference} upisana je u {path}; sadrži novi pristupni kod (prethodni više ne važi).</translation>
    </message>
    <message>
      <source>Draft report written to {path} (not issued, not archived).</source>
      <translation>Nacrt izveštaja upisan je u {path} (nije izdat, nije arhiviran).</translation>
    </message>
    <message>
      <source>Report {number} issued and archived: {path}</source>
      <translation>Izveštaj {number} je izdat i arhiviran: {path}</translation>
    </message>
    <message>
      <source>DRAFT — not valid</source>
      <translation>NACRT — ne važi</translation>
    </message>
    <message>
      <source>The results relate only to the items tested.</source>
      <translation>Rezultati se odnose samo na ispitane predmete.</translation>
    </message>
    <message>
      <source>Test report — Amendment {n} to report {number}</source>
      <translation>Izveštaj o ispitivanju — izmena {n} izveštaja {number}</translation>
    </message>
    <message>
      <source>Test report</source>
      <translation>Izveštaj o ispitivanju</translation>
    </message>
    <message>
      <source>no calibration required</source>
      <translation>kalibracija nije potrebna</translation>
    </message>
    <message>
      <source>out of calibration; used under the manager's documented override no. {id}</source>
      <translation>van kalibracije; korišćen uz dokumentovano odobrenje izuzetka rukovodioca br. {id}</translation>
    </message>
    <message>
      <source> (granted by {name} on {date}: “{justification}”)</source>
      <translation> (odobrio: {name}, {date}: „{justification}“)</translation>
    </message>
    <message>
      <source>out of calibration on the test date</source>
      <translation>van kalibracije na dan ispitivanja</translation>
    </message>
    <message>
      <source>calibrated, valid until {date}</source>
      <translation>kalibrisan, važi do {date}</translation>
    </message>
    <message>
      <source> (certificate {number})</source>
      <translation> (sertifikat {number})</translation>
    </message>
    <message>
      <source>DRAFT for checking — not valid as a test report; results not yet approved may appear.</source>
      <translation>NACRT za proveru — ne važi kao izveštaj o ispitivanju; mogu se pojaviti i rezultati koji još nisu odobreni.</translation>
    </message>
    <message>
      <source>This report replaces report {old}, which is superseded and withdrawn. Reason for the amendment: {reason}</source>
      <translation>Ovaj izveštaj zamenjuje izveštaj {old}, koji time prestaje da važi i povlači se. Razlog izmene: {reason}</translation>
    </message>
    <message>
      <source>Report number</source>
      <translation>Broj izveštaja</translation>
    </message>
    <message>
      <source>Customer order</source>
      <translation>Porudžbina naručioca</translation>
    </message>
    <message>
      <source>Tests performed</source>
      <translation>Izvršena ispitivanja</translation>
    </message>
    <message>
      <source>Issue date</source>
      <translation>Datum izdavanja</translation>
    </message>
    <message>
      <source>Items tested</source>
      <translation>Ispitani predmeti</translation>
    </message>
    <message>
      <source>Parts measured as a series are named in the results.</source>
      <translation>Delovi mereni kao serija navedeni su u rezultatima.</translation>
    </message>
    <message>
      <source>not recorded</source>
      <translation>nije evidentirano</translation>
    </message>
    <message>
      <source>Tests, methods and instruments</source>
      <translation>Ispitivanja, metode i merni instrumenti</translation>
    </message>
    <message>
      <source>Test and method</source>
      <translation>Ispitivanje i metoda</translation>
    </message>
    <message>
      <source>Instrument and calibration</source>
      <translation>Merni instrument i kalibracija</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>Datum</translation>
    </message>
    <message>
      <source>Conditions</source>
      <translation>Uslovi</translation>
    </message>
    <message>
      <source>Deviations from the methods</source>
      <translation>Odstupanja od metoda</translation>
    </message>
    <message>
      <source>None.</source>
      <translation>Nema.</translation>
    </message>
    <message>
      <source>Results — {type}</source>
      <translation>Rezultati — {type}</translation>
    </message>
    <message>
      <source>Decision rule and uncertainty</source>
      <translation>Pravilo odlučivanja i merna nesigurnost</translation>
    </message>
    <message>
      <source>No limits were given: no statement of conformity is made.</source>
      <translation>Granice nisu zadate: izjava o usaglašenosti se ne daje.</translation>
    </message>
    <message>
      <source>Uncertainty: the expanded uncertainty U is the standard uncertainty multiplied by the coverage factor k = {k}, which for a normal distribution gives a coverage probability of about 95 %.</source>
      <translation>Merna nesigurnost: proširena merna nesigurnost U jednaka je standardnoj mernoj nesigurnosti pomnoženoj faktorom obuhvata k = {k}, što za normalnu raspodelu daje verovatnoću obuhvata od približno 95 %.</translation>
    </message>
    <message>
      <source>This report may be reproduced only in full, unless the laboratory agrees in writing.</source>
      <translation>Ovaj izveštaj se sme umnožavati samo u celini, osim uz pismenu saglasnost laboratorije.</translation>
    </message>
    <message>
      <source>Report issued by {name}, {date}</source>
      <translation>Izveštaj izdao: {name}, {date}</translation>
    </message>
    <message>
      <source>Not issued: draft for checking.</source>
      <translation>Nije izdat: nacrt za proveru.</translation>
    </message>
    <message>
      <source>Performed, reviewed and approved by</source>
      <translation>Izvršili, pregledali i odobrili</translation>
    </message>
    <message>
      <source>Item and test</source>
      <translation>Predmet i ispitivanje</translation>
    </message>
    <message>
      <source>Performed by</source>
      <translation>Izvršio</translation>
    </message>
    <message>
      <source>Reviewed by</source>
      <translation>Pregledao</translation>
    </message>
    <message>
      <source>Approved by</source>
      <translation>Odobrio</translation>
    </message>
    <message>
      <source>End of report</source>
      <translation>Kraj izveštaja</translation>
    </message>
    <message>
      <source>Pass</source>
      <translation>Zadovoljava</translation>
    </message>
    <message>
      <source>Fail</source>
      <translation>Ne zadovoljava</translation>
    </message>
    <message>
      <source>Inconclusive</source>
      <translation>Neodređeno</translation>
    </message>
    <message>
      <source>± {u} (k = {k})</source>
      <translation>± {u} (k = {k})</translation>
    </message>
    <message>
      <source>Limits: {sources}</source>
      <translation>Granice: {sources}</translation>
    </message>
    <message>
      <source>Remarks: {text}</source>
      <translation>Napomene: {text}</translation>
    </message>
    <message>
      <source>Notes of the evaluation: {text}</source>
      <translation>Napomene uz obradu: {text}</translation>
    </message>
    <message>
      <source>no specimen (part series)</source>
      <translation>nema uzorka (serija delova)</translation>
    </message>
    <message>
      <source>{specimen} — {detail}; {method}; tested {date}</source>
      <translation>{specimen} — {detail}; {method}; ispitano {date}</translation>
    </message>
    <message>
      <source>Stress–strain curves ({specimens}).</source>
      <translation>Krive napon–deformacija ({specimens}).</translation>
    </message>
    <message>
      <source>Dashed: the line of slope E offset by 0.2 % plastic strain (ISO 6892-1).</source>
      <translation>Isprekidana linija: prava nagiba E pomerena za 0,2 % plastične deformacije (ISO 6892-1).</translation>
    </message>
    <message>
      <source>Markers: ■ Rp0.2 or ReH, ▼ ReL, ● Rm.</source>
      <translation>Oznake: ■ Rp0.2 ili ReH, ▼ ReL, ● Rm.</translation>
    </message>
    <message>
      <source>Indentation {n}</source>
      <translation>Otisak {n}</translation>
    </message>
    <message>
      <source>Mean</source>
      <translation>Srednja vrednost</translation>
    </message>
    <message>
      <source>Range</source>
      <translation>Raspon</translation>
    </message>
    <message>
      <source>test temperature {t} °C</source>
      <translation>temperatura ispitivanja {t} °C</translation>
    </message>
    <message>
      <source>pendulum {e} J</source>
      <translation>klatno {e} J</translation>
    </message>
    <message>
      <source>Specimen {n}: {symbol}</source>
      <translation>Uzorak {n}: {symbol}</translation>
    </message>
    <message>
      <source>Mean {symbol}</source>
      <translation>Srednja vrednost {symbol}</translation>
    </message>
    <message>
      <source>Lowest single value</source>
      <translation>Najmanja pojedinačna vrednost</translation>
    </message>
    <message>
      <source>Absorbed energy</source>
      <translation>Apsorbovana energija</translation>
    </message>
    <message>
      <source>dimensional inspection</source>
      <translation>dimenziona kontrola</translation>
    </message>
    <message>
      <source>Characteristic</source>
      <translation>Karakteristika</translation>
    </message>
    <message>
      <source>Part</source>
      <translation>Deo</translation>
    </message>
    <message>
      <source>Measured</source>
      <translation>Izmereno</translation>
    </message>
    <message>
      <source>Limits</source>
      <translation>Granice</translation>
    </message>
    <message>
      <source>U</source>
      <translation>U</translation>
    </message>
    <message>
      <source>Decision</source>
      <translation>Odluka</translation>
    </message>
    <message>
      <source>Process capability (X̄–R, ISO 22514-2)</source>
      <translation>Sposobnost procesa (X̄–R, ISO 22514-2)</translation>
    </message>
    <message>
      <source>n</source>
      <translation>n</translation>
    </message>
    <message>
      <source>Subgroup</source>
      <translation>Podgrupa</translation>
    </message>
    <message>
      <source>Min</source>
      <translation>Min</translation>
    </message>
    <message>
      <source>Max</source>
      <translation>Maks</translation>
    </message>
    <message>
      <source>Cp</source>
      <translation>Cp</translation>
    </message>
    <message>
      <source>Cpk</source>
      <translation>Cpk</translation>
    </message>
    <message>
      <source>No calibration required</source>
      <translation>Kalibracija nije potrebna</translation>
    </message>
    <message>
      <source>OUT OF CALIBRATION</source>
      <translation>VAN KALIBRACIJE</translation>
    </message>
    <message>
      <source>Calibrated until {date}</source>
      <translation>Kalibrisano do {date}</translation>
    </message>
    <message>
      <source>Asset labels</source>
      <translation>Inventarske nalepnice</translation>
    </message>
    <message>
      <source>{count} asset labels</source>
      <translation>Inventarske nalepnice: {count}</translation>
    </message>
    <message>
      <source>Strain ε (%)</source>
      <translation>Deformacija ε (%)</translation>
    </message>
    <message>
      <source>Stress R (MPa)</source>
      <translation>Napon R (MPa)</translation>
    </message>
    <message>
      <source>Report ID: {id}</source>
      <translation>Oznaka izveštaja: {id}</translation>
    </message>
    <message>
      <source>Issue date: {date}</source>
      <translation>Datum izdavanja: {date}</translation>
    </message>
    <message>
      <source>{center} · Report {id} · issued {date}</source>
      <translation>{center} · Izveštaj {id} · izdat {date}</translation>
    </message>
    <message>
      <source>Page {page} of {total}</source>
      <translation>Strana {page} od {total}</translation>
    </message>
    <message>
      <source>--to {to} is before --from {start}</source>
      <translation>--to {to} je pre --from {start}</translation>
    </message>
    <message>
      <source>Period</source>
      <translation>Period</translation>
    </message>
    <message>
      <source>PDF</source>
      <translation>PDF</translation>
    </message>
    <message>
      <source>Usage report ({kind}) written to {path}</source>
      <translation>Izveštaj o korišćenju ({kind}) upisan je u {path}</translation>
    </message>
    <message>
      <source>{start} – {end}: {equipment} equipment, {hours} used hours, {sessions} sessions.</source>
      <translation>{start} – {end}: oprema: {equipment}, sati korišćenja: {hours}, sesije: {sessions}.</translation>
    </message>
    <message>
      <source>Asset tag</source>
      <translation>Inventarska oznaka</translation>
    </message>
    <message>
      <source>Equipment</source>
      <translation>Oprema</translation>
    </message>
    <message>
      <source>Category</source>
      <translation>Kategorija</translation>
    </message>
    <message>
      <source>Booked h</source>
      <translation>Rezervisano h</translation>
    </message>
    <message>
      <source>Used h</source>
      <translation>Korišćeno h</translation>
    </message>
    <message>
      <source>Opening h</source>
      <translation>Radno vreme h</translation>
    </message>
    <message>
      <source>Downtime h (in opening hours)</source>
      <translation>Zastoj h (u radnom vremenu)</translation>
    </message>
    <message>
      <source>Downtime h (around the clock)</source>
      <translation>Zastoj h (24 sata dnevno)</translation>
    </message>
    <message>
      <source>Available h</source>
      <translation>Raspoloživo h</translation>
    </message>
    <message>
      <source>Utilization</source>
      <translation>Iskorišćenost</translation>
    </message>
    <message>
      <source>Sessions</source>
      <translation>Sesije</translation>
    </message>
    <message>
      <source>Running sessions</source>
      <translation>Aktivne sesije</translation>
    </message>
    <message>
      <source>No-shows</source>
      <translation>Nedolasci</translation>
    </message>
    <message>
      <source>Energy kWh</source>
      <translation>Energija kWh</translation>
    </message>
    <message>
      <source>Total</source>
      <translation>Ukupno</translation>
    </message>
    <message>
      <source>Company</source>
      <translation>Firma</translation>
    </message>
    <message>
      <source>Hours</source>
      <translation>Sati</translation>
    </message>
    <message>
      <source>Jobs</source>
      <translation>Poslovi</translation>
    </message>
    <message>
      <source>Machine cost {currency}</source>
      <translation>Trošak mašine {currency}</translation>
    </message>
    <message>
      <source>Hours without rate</source>
      <translation>Sati bez cene</translation>
    </message>
    <message>
      <source>Operator</source>
      <translation>Operater</translation>
    </message>
    <message>
      <source>Month</source>
      <translation>Mesec</translation>
    </message>
    <message>
      <source>Companies</source>
      <translation>Firme</translation>
    </message>
    <message>
      <source>Operators</source>
      <translation>Operateri</translation>
    </message>
    <message>
      <source>Months</source>
      <translation>Meseci</translation>
    </message>
    <message>
      <source>Equipment usage report</source>
      <translation>Izveštaj o korišćenju opreme</translation>
    </message>
    <message>
      <source>From</source>
      <translation>Od</translation>
    </message>
    <message>
      <source>To</source>
      <translation>Do</translation>
    </message>
    <message>
      <source>Time zone</source>
      <translation>Vremenska zona</translation>
    </message>
    <message>
      <source>Selection</source>
      <translation>Izbor</translation>
    </message>
    <message>
      <source>all equipment</source>
      <translation>sva oprema</translation>
    </message>
    <message>
      <source>Figures as of (UTC)</source>
      <translation>Stanje podataka (UTC)</translation>
    </message>
    <message>
      <source>Report</source>
      <translation>Izveštaj</translation>
    </message>
    <message>
      <source>category {name}</source>
      <translation>kategorija {name}</translation>
    </message>
    <message>
      <source>equipment {tags}</source>
      <translation>oprema {tags}</translation>
    </message>
    <message>
      <source>Utilization by equipment (used / available hours)</source>
      <translation>Iskorišćenost po opremi (korišćeni / raspoloživi sati)</translation>
    </message>
    <message>
      <source>per cent of the available hours</source>
      <translation>procenat raspoloživih sati</translation>
    </message>
    <message>
      <source>Hours by month</source>
      <translation>Sati po mesecima</translation>
    </message>
    <message>
      <source>booked h</source>
      <translation>rezervisano h</translation>
    </message>
    <message>
      <source>used h</source>
      <translation>korišćeno h</translation>
    </message>
    <message>
      <source>Avail­able h</source>
      <translation>Raspo­loživo h</translation>
    </message>
    <message>
      <source>Utiliz­ation</source>
      <translation>Iskoriš­ćenost</translation>
    </message>
    <message>
      <source>Down­time h</source>
      <translation>Zastoj h</translation>
    </message>
    <message>
      <source>Machine cost</source>
      <translation>Trošak mašine</translation>
    </message>
    <message>
      <source>Used hours: the part of each usage session inside the period; a session still running counts up to the time the figures were made.</source>
      <translation>Korišćeni sati: deo svake sesije korišćenja unutar perioda; sesija koja je još u toku računa se do trenutka izrade podataka.</translation>
    </message>
    <message>
      <source>Booked hours: confirmed and completed bookings, the part inside the period. No-shows: bookings marked no-show that overlap the period.</source>
      <translation>Rezervisani sati: deo potvrđenih i završenih rezervacija unutar perioda. Nedolasci: rezervacije označene kao nedolazak koje se preklapaju sa periodom.</translation>
    </message>
    <message>
      <source>Available hours: the lab's opening hours in the period (up to the time the figures were made) minus the downtime that fell in them. Downtime: maintenance work and incidents (open ones until now) and planned maintenance windows, overlaps counted once. Utilization = used / available hours; it exceeds 100 % when equipment runs outside opening hours.</source>
      <translation>Raspoloživi sati: radno vreme laboratorije u periodu (do trenutka izrade podataka) umanjeno za zastoje u tom vremenu. Zastoj: radovi na održavanju i incidenti (otvoreni se računaju do sada) i planirani termini održavanja; preklapanja se računaju jednom. Iskorišćenost = korišćeni / raspoloživi sati; prelazi 100 % kada oprema radi van radnog vremena.</translation>
    </message>
    <message>
      <source>Energy: the recorded energy of each session, pro-rated by the share of its time inside the period; a running session is estimated from the nominal power.</source>
      <translation>Energija: evidentirana energija svake sesije, srazmerno udelu njenog trajanja unutar perioda; za sesiju u toku procenjuje se na osnovu nominalne snage.</translation>
    </message>
    <message>
      <source>Machine cost: used hours × the equipment's hourly rate, in the equipment's currency (currencies are never added together).</source>
      <translation>Trošak mašine: korišćeni sati × cena po satu opreme, u valuti opreme (različite valute se nikada ne sabiraju).</translation>
    </message>
    <message>
      <source>{start} – {end} ({zone})</source>
      <translation>{start} – {end} ({zone})</translation>
    </message>
    <message>
      <source>Figures as of</source>
      <translation>Stanje podataka</translation>
    </message>
    <message>
      <source>Used hours</source>
      <translation>Korišćeni sati</translation>
    </message>
    <message>
      <source>Booked hours</source>
      <translation>Rezervisani sati</translation>
    </message>
    <message>
      <source>Available hours</source>
      <translation>Raspoloživi sati</translation>
    </message>
    <message>
      <source>Energy</source>
      <translation>Energija</translation>
    </message>
    <message>
      <source>Per equipment</source>
      <translation>Po opremi</translation>
    </message>
    <message>
      <source>Per company</source>
      <translation>Po firmi</translation>
    </message>
    <message>
      <source>No usage.</source>
      <translation>Nema korišćenja.</translation>
    </message>
    <message>
      <source>Per operator</source>
      <translation>Po operateru</translation>
    </message>
    <message>
      <source>Not a usable role name: {name!r} (lower-case letters, digits and _, starting with a letter; at most 63).</source>
      <translation>Neupotrebljivo ime uloge: {name!r} (mala slova, cifre i _, na početku slovo; najviše 63 znaka).</translation>
    </message>
    <message>
      <source>Not a database URL: {error}</source>
      <translation>Nije URL baze podataka: {error}</translation>
    </message>
    <message>
      <source>This command sets up a PostgreSQL server (postgresql+psycopg://user@host/db); a SQLite file needs no set-up.</source>
      <translation>Ova komanda podešava PostgreSQL server (postgresql+psycopg://user@host/db); SQLite datoteci podešavanje nije potrebno.</translation>
    </message>
    <message>
      <source>Cannot use the server {where}: {reason}</source>
      <translation>Server {where} ne može da se koristi: {reason}</translation>
    </message>
    <message>
      <source>The role {name} is the one running this set-up; give the program and the kiosk roles of their own.</source>
      <translation>Uloga {name} je ta koja pokreće ovo podešavanje; programu i kiosku dodelite zasebne uloge.</translation>
    </message>
    <message>
      <source>The role {name} is a superuser or may create roles: it cannot be the program's or the kiosk's. Choose another name.</source>
      <translation>Uloga {name} je superkorisnik ili može da kreira uloge: ne može biti uloga programa ni kioska. Izaberite drugo ime.</translation>
    </message>
    <message>
      <source>The new role {name} needs a password.</source>
      <translation>Novoj ulozi {name} potrebna je lozinka.</translation>
    </message>
    <message>
      <source>The kiosk's tables are missing: {tables}.</source>
      <translation>Nedostaju tabele kioska: {tables}.</translation>
    </message>
    <message>
      <source>The program and the kiosk need two different roles.</source>
      <translation>Programu i kiosku potrebne su dve različite uloge.</translation>
    </message>
    <message>
      <source>Sign in first.</source>
      <translation>Najpre se prijavite.</translation>
    </message>
    <message>
      <source>No user with id {id}.</source>
      <translation>Ne postoji korisnik sa ID {id}.</translation>
    </message>
    <message>
      <source>No equipment with the tag {tags}.</source>
      <translation>Nema opreme sa inventarskom oznakom {tags}.</translation>
    </message>
    <message>
      <source>There is no equipment with id {id}.</source>
      <translation>Ne postoji oprema sa ID {id}.</translation>
    </message>
    <message>
      <source>There is no equipment to print labels for.</source>
      <translation>Nema opreme za koju bi se štampale nalepnice.</translation>
    </message>
    <message>
      <source>OK: {n} audit entries verified.</source>
      <translation>OK: provereno stavki revizorskog traga: {n}.</translation>
    </message>
    <message>
      <source>BROKEN at audit entry {id}: {problem} ({n} entries before it verified).</source>
      <translation>NARUŠEN kod stavke revizorskog traga {id}: {problem} (proverenih stavki pre nje: {n}).</translation>
    </message>
    <message>
      <source>it does not follow the entry before it</source>
      <translation>ne nadovezuje se na prethodnu stavku</translation>
    </message>
    <message>
      <source>its content was altered</source>
      <translation>njen sadržaj je izmenjen</translation>
    </message>
    <message>
      <source>{table} row {row}: {problem}</source>
      <translation>{table} red {row}: {problem}</translation>
    </message>
    <message>
      <source>OK: {n} rows of the audited tables match the audit trail.</source>
      <translation>OK: {n} redova praćenih tabela odgovara revizorskom tragu.</translation>
    </message>
    <message>
      <source>CHANGED BEHIND THE PROGRAM'S BACK: {n} rows differ from the audit trail ({rows} rows checked):</source>
      <translation>IZMENJENO MIMO PROGRAMA: {n} redova se razlikuje od revizorskog traga (provereno redova: {rows}):</translation>
    </message>
    <message>
      <source>  … and {n} more.</source>
      <translation>  … i još {n}.</translation>
    </message>
    <message>
      <source>the row is not in the audit trail (added behind the program's back)</source>
      <translation>red nije u revizorskom tragu (dodat mimo programa)</translation>
    </message>
    <message>
      <source>{field} is not what the audit trail recorded (redacted)</source>
      <translation>{field} nije ono što je revizorski trag zabeležio (skrivena vrednost)</translation>
    </message>
    <message>
      <source>{field} is {actual}, the audit trail says {recorded}</source>
      <translation>{field} je {actual}, a revizorski trag kaže {recorded}</translation>
    </message>
    <message>
      <source>the row is missing, and the audit trail records no deletion of it</source>
      <translation>red nedostaje, a revizorski trag ne beleži njegovo brisanje</translation>
    </message>
    <message>
      <source>Automatic backups are for a database file; a server uses pg_dump.</source>
      <translation>Automatske rezervne kopije su za datoteku baze; server koristi pg_dump.</translation>
    </message>
    <message>
      <source>pg_dump was not found (looked on PATH and in /usr/lib/postgresql/*/bin). Install the PostgreSQL client tools (Debian/Ubuntu: postgresql-client), or run pg_dump on the server.</source>
      <translation>pg_dump nije pronađen (traženo u PATH i u /usr/lib/postgresql/*/bin). Instalirajte klijentske alate PostgreSQL-a (Debian/Ubuntu: postgresql-client) ili pokrenite pg_dump na serveru.</translation>
    </message>
    <message>
      <source>pg_dump could not run: {error}</source>
      <translation>pg_dump nije mogao da se pokrene: {error}</translation>
    </message>
    <message>
      <source>pg_dump failed: {error}</source>
      <translation>pg_dump nije uspeo: {error}</translation>
    </message>
    <message>
      <source>A server's database is restored with PostgreSQL's own tool, with every station closed, as the database's owner: pg_restore --clean --if-exists --no-owner --dbname="{url}" "{file}" — then run `itc-desktop db init-server` again to set the roles' privileges. Nothing was changed.</source>
      <translation>Baza na serveru se vraća sopstvenim alatom PostgreSQL-a, sa svim zatvorenim stanicama, kao vlasnik baze: pg_restore --clean --if-exists --no-owner --dbname="{url}" "{file}" — zatim ponovo pokrenite `itc-desktop db init-server` da se postave prava uloga. Ništa nije promenjeno.</translation>
    </message>
    <message>
      <source>{file} cannot be restored: {reason} The database in use was not changed.</source>
      <translation>{file} ne može da se vrati: {reason} Baza u upotrebi nije menjana.</translation>
    </message>
    <message>
      <source>it is not an SQLite database file.</source>
      <translation>nije SQLite datoteka baze.</translation>
    </message>
    <message>
      <source>it is damaged ({problems}).</source>
      <translation>oštećena je ({problems}).</translation>
    </message>
    <message>
      <source>no tables</source>
      <translation>nema tabela</translation>
    </message>
    <message>
      <source>it is not an ITC Lab database (it holds: {tables}).</source>
      <translation>nije ITC Lab baza (sadrži: {tables}).</translation>
    </message>
    <message>
      <source>it has no schema revision.</source>
      <translation>nema reviziju šeme.</translation>
    </message>
    <message>
      <source>there is no such file.</source>
      <translation>takva datoteka ne postoji.</translation>
    </message>
    <message>
      <source>it cannot be read ({error}).</source>
      <translation>ne može da se pročita ({error}).</translation>
    </message>
    <message>
      <source>it cannot be brought to this version ({error}).</source>
      <translation>ne može da se dovede na ovu verziju ({error}).</translation>
    </message>
    <message>
      <source>its audit trail does not verify.
{result}
</source>
      <translation>njen revizorski trag se ne potvrđuje.
{result}
</translation>
    </message>
    <message>
      <source>The database in use could not be copied aside to {path} ({error}), so it was not replaced; nothing was changed.</source>
      <translation>Baza u upotrebi nije mogla da se sačuva sa strane u {path} ({error}), pa nije zamenjena; ništa nije promenjeno.</translation>
    </message>
    <message>
      <source>The backup was checked but could not be written into {path}: {error}. The database as it was is kept at {kept}.</source>
      <translation>Rezervna kopija je proverena, ali nije mogla da se upiše u {path}: {error}. Baza kakva je bila sačuvana je u {kept}.</translation>
    </message>
    <message>
      <source>choose one equipment, one person or one job</source>
      <translation>izaberite jednu opremu, jednu osobu ili jedan posao</translation>
    </message>
    <message>
      <source>Export</source>
      <translation>Izvoz</translation>
    </message>
    <message>
      <source>There is no user with id {id}.</source>
      <translation>Ne postoji korisnik sa ID {id}.</translation>
    </message>
    <message>
      <source>Bookings of {name}</source>
      <translation>Rezervacije: {name}</translation>
    </message>
    <message>
      <source>There is no job with id {id}.</source>
      <translation>Ne postoji posao sa ID {id}.</translation>
    </message>
    <message>
      <source>Job {reference}: {title}</source>
      <translation>Posao {reference}: {title}</translation>
    </message>
    <message>
      <source>Status: {status}</source>
      <translation>Status: {status}</translation>
    </message>
    <message>
      <source>Cancelled: {reason}</source>
      <translation>Otkazano: {reason}</translation>
    </message>
    <message>
      <source>give exactly one of --equipment, --user, --job</source>
      <translation>navedite tačno jednu od opcija --equipment, --user, --job</translation>
    </message>
    <message>
      <source>There is no equipment with asset tag {tag}.</source>
      <translation>Ne postoji oprema sa inventarskom oznakom {tag}.</translation>
    </message>
    <message>
      <source>There is no user {name}.</source>
      <translation>Ne postoji korisnik {name}.</translation>
    </message>
    <message>
      <source>{tag} {name} is already booked by {who} from {start} to {end} (booking {id}).</source>
      <translation>{tag} {name}: već postoji rezervacija korisnika {who} od {start} do {end} (rezervacija {id}).</translation>
    </message>
    <message>
      <source>{tag} {name} is retired and cannot be booked.</source>
      <translation>{tag} {name}: rashodovano, ne može se rezervisati.</translation>
    </message>
    <message>
      <source>{tag} {name} is out of service ({note}); it can be booked again when a manager returns it to service.</source>
      <translation>{tag} {name}: van upotrebe ({note}); ponovo će moći da se rezerviše kada rukovodilac vrati opremu u upotrebu.</translation>
    </message>
    <message>
      <source>no reason given</source>
      <translation>razlog nije naveden</translation>
    </message>
    <message>
      <source>{tag} {name} is not bookable.</source>
      <translation>{tag} {name}: ne može se rezervisati.</translation>
    </message>
    <message>
      <source>{tag} {name} is out of calibration by {when} ({reason}); it can be booked up to the end of its calibration, or a manager records an override.</source>
      <translation>{tag} {name}: na dan {when} je van kalibracije ({reason}); može se rezervisati do isteka kalibracije ili rukovodilac može da evidentira odobrenje izuzetka.</translation>
    </message>
    <message>
      <source>The end ({end}) must be after the start ({start}).</source>
      <translation>Kraj ({end}) mora biti posle početka ({start}).</translation>
    </message>
    <message>
      <source>The start ({start}) is in the past; a booking reserves time to come.</source>
      <translation>Početak ({start}) je u prošlosti; rezervacijom se zauzima samo buduće vreme.</translation>
    </message>
    <message>
      <source>{tag} {name} is in maintenance from {start} to {end} ({what}).</source>
      <translation>{tag} {name}: održavanje {start} – {end} ({what}).</translation>
    </message>
    <message>
      <source>until finished</source>
      <translation>do završetka</translation>
    </message>
    <message>
      <source>{tag} may be booked for at most {max} hours at a time; this booking is {hours} hours.</source>
      <translation>{tag} se može rezervisati najviše {max} h odjednom; ova rezervacija traje {hours} h.</translation>
    </message>
    <message>
      <source>{tag} must be booked at least {min} hours ahead; this booking starts in {hours} hours.</source>
      <translation>{tag} se mora rezervisati najmanje {min} h unapred; ova rezervacija počinje za {hours} h.</translation>
    </message>
    <message>
      <source>Repeat</source>
      <translation>Ponavljanje</translation>
    </message>
    <message>
      <source>daily or weekly</source>
      <translation>dnevno ili nedeljno</translation>
    </message>
    <message>
      <source>Until</source>
      <translation>Do</translation>
    </message>
    <message>
      <source>give an end date or a number of occurrences</source>
      <translation>unesite krajnji datum ili broj ponavljanja</translation>
    </message>
    <message>
      <source>Occurrences</source>
      <translation>Ponavljanja</translation>
    </message>
    <message>
      <source>between 1 and {n}</source>
      <translation>između 1 i {n}</translation>
    </message>
    <message>
      <source>must not be before the first day</source>
      <translation>ne sme biti pre prvog dana</translation>
    </message>
    <message>
      <source>Every</source>
      <translation>Svakih</translation>
    </message>
    <message>
      <source>must be 1 or more</source>
      <translation>mora biti 1 ili više</translation>
    </message>
    <message>
      <source>Weekdays</source>
      <translation>Dani u nedelji</translation>
    </message>
    <message>
      <source>choose at least one weekday</source>
      <translation>izaberite bar jedan dan u nedelji</translation>
    </message>
    <message>
      <source>Duration</source>
      <translation>Trajanje</translation>
    </message>
    <message>
      <source>must be more than zero</source>
      <translation>mora biti veće od nule</translation>
    </message>
    <message>
      <source>at most {n} occurrences; choose an earlier end</source>
      <translation>najviše {n} ponavljanja; izaberite raniji kraj</translation>
    </message>
    <message>
      <source>longer than the time between two occurrences</source>
      <translation>duže od vremena između dva ponavljanja</translation>
    </message>
    <message>
      <source>every occurrence is skipped</source>
      <translation>sva ponavljanja su preskočena</translation>
    </message>
    <message>
      <source>Occurrence on {day}: </source>
      <translation>Ponavljanje {day}: </translation>
    </message>
    <message>
      <source>booking {id} is not part of a series</source>
      <translation>rezervacija {id} nije deo serije</translation>
    </message>
    <message>
      <source>Scope</source>
      <translation>Obuhvat</translation>
    </message>
    <message>
      <source>There is no booking series with id {id}.</source>
      <translation>Ne postoji serija rezervacija sa ID {id}.</translation>
    </message>
    <message>
      <source>Booking {id}</source>
      <translation>Rezervacija {id}</translation>
    </message>
    <message>
      <source>Booking series {id}</source>
      <translation>Serija rezervacija {id}</translation>
    </message>
    <message>
      <source>Opening hours</source>
      <translation>Radno vreme</translation>
    </message>
    <message>
      <source>give one entry per weekday, Monday first</source>
      <translation>unesite po jedan unos za svaki dan u nedelji, počev od ponedeljka</translation>
    </message>
    <message>
      <source>write opening hours as 07:00-19:00, or leave empty when closed</source>
      <translation>radno vreme unesite kao 07:00-19:00 ili ostavite prazno ako je zatvoreno</translation>
    </message>
    <message>
      <source>No-show after (minutes)</source>
      <translation>Nedolazak posle (minuta)</translation>
    </message>
    <message>
      <source>between 0 and 1440</source>
      <translation>između 0 i 1440</translation>
    </message>
    <message>
      <source>There is no booking with id {id}.</source>
      <translation>Ne postoji rezervacija sa ID {id}.</translation>
    </message>
    <message>
      <source>Only a manager may book equipment for someone else.</source>
      <translation>Samo rukovodilac može da rezerviše opremu za nekog drugog.</translation>
    </message>
    <message>
      <source>Only a manager may change someone else's booking.</source>
      <translation>Samo rukovodilac može da menja tuđu rezervaciju.</translation>
    </message>
    <message>
      <source>Only a manager may accept less notice or a longer booking than the limits.</source>
      <translation>Samo rukovodilac može da prihvati kraću najavu ili dužu rezervaciju od propisanih granica.</translation>
    </message>
    <message>
      <source>Booked for</source>
      <translation>Rezervisano za</translation>
    </message>
    <message>
      <source>not an active user</source>
      <translation>nije aktivan korisnik</translation>
    </message>
    <message>
      <source>Purpose</source>
      <translation>Svrha</translation>
    </message>
    <message>
      <source>at most {n} characters</source>
      <translation>najviše {n} znakova</translation>
    </message>
    <message>
      <source>unknown job</source>
      <translation>nepoznat posao</translation>
    </message>
    <message>
      <source>{reference} is {status}; machine time can no longer be booked to it</source>
      <translation>{reference} ima status {status}; na njega se više ne može rezervisati mašinsko vreme</translation>
    </message>
    <message>
      <source>Job step</source>
      <translation>Korak posla</translation>
    </message>
    <message>
      <source>not a step of the chosen job</source>
      <translation>nije korak izabranog posla</translation>
    </message>
    <message>
      <source>Another station booked this slot just now.</source>
      <translation>Druga radna stanica je upravo rezervisala ovaj termin.</translation>
    </message>
    <message>
      <source>Booking {id} is {status}; only confirmed bookings can be changed.</source>
      <translation>Rezervacija {id} ima status {status}; menjati se mogu samo potvrđene rezervacije.</translation>
    </message>
    <message>
      <source>say why the booking is cancelled</source>
      <translation>navedite zašto se rezervacija otkazuje</translation>
    </message>
    <message>
      <source>Reason</source>
      <translation>Razlog</translation>
    </message>
    <message>
      <source>A booking that has not started cannot be completed.</source>
      <translation>Rezervacija koja nije počela ne može biti završena.</translation>
    </message>
    <message>
      <source>A booking that has not started cannot be a no-show.</source>
      <translation>Rezervacija koja nije počela ne može se označiti kao nedolazak.</translation>
    </message>
    <message>
      <source>Booking {id} has a usage session; it was not a no-show.</source>
      <translation>Rezervacija {id} ima sesiju korišćenja; nije bilo nedolaska.</translation>
    </message>
    <message>
      <source>There is no usage session with id {id}.</source>
      <translation>Ne postoji sesija korišćenja sa ID {id}.</translation>
    </message>
    <message>
      <source>one of {list}</source>
      <translation>jedno od: {list}</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <source>not a measuring instrument</source>
      <translation>nije merni instrument</translation>
    </message>
    <message>
      <source>calibration ends on {date} ({n} days left)</source>
      <translation>kalibracija ističe {date} (preostalo dana: {n})</translation>
    </message>
    <message>
      <source>the latest calibration failed</source>
      <translation>poslednja kalibracija nije zadovoljila</translation>
    </message>
    <message>
      <source>calibration expired on {date}</source>
      <translation>kalibracija je istekla {date}</translation>
    </message>
    <message>
      <source>no calibration recorded</source>
      <translation>nema evidentirane kalibracije</translation>
    </message>
    <message>
      <source>{tag} is not marked as a measuring instrument</source>
      <translation>{tag} nije označen kao merni instrument</translation>
    </message>
    <message>
      <source>Calibration date</source>
      <translation>Datum kalibracije</translation>
    </message>
    <message>
      <source>cannot be in the future</source>
      <translation>ne može biti u budućnosti</translation>
    </message>
    <message>
      <source>Valid until</source>
      <translation>Važi do</translation>
    </message>
    <message>
      <source>must not be before the calibration date</source>
      <translation>ne sme biti pre datuma kalibracije</translation>
    </message>
    <message>
      <source>Provider</source>
      <translation>Pružalac usluge</translation>
    </message>
    <message>
      <source>Result</source>
      <translation>Rezultat</translation>
    </message>
    <message>
      <source>Certificate number</source>
      <translation>Broj sertifikata</translation>
    </message>
    <message>
      <source>Certificate</source>
      <translation>Sertifikat</translation>
    </message>
    <message>
      <source>not a document of this equipment</source>
      <translation>nije dokument ove opreme</translation>
    </message>
    <message>
      <source>{tag} is not a measuring instrument; no override is needed</source>
      <translation>{tag} nije merni instrument; odobrenje izuzetka nije potrebno</translation>
    </message>
    <message>
      <source>Justification</source>
      <translation>Obrazloženje</translation>
    </message>
    <message>
      <source>write why it may be used (at least {n} characters)</source>
      <translation>napišite zašto sme da se koristi (najmanje {n} znakova)</translation>
    </message>
    <message>
      <source>an override lasts at most 90 days</source>
      <translation>odobrenje izuzetka važi najviše 90 dana</translation>
    </message>
    <message>
      <source>There is no calibration override with id {id}.</source>
      <translation>Ne postoji odobrenje izuzetka za kalibraciju sa ID {id}.</translation>
    </message>
    <message>
      <source>override {id} is for another instrument</source>
      <translation>odobrenje izuzetka {id} odnosi se na drugi merni instrument</translation>
    </message>
    <message>
      <source>override {id} was revoked</source>
      <translation>odobrenje izuzetka {id} je opozvano</translation>
    </message>
    <message>
      <source>single-use override {id} was already used</source>
      <translation>jednokratno odobrenje izuzetka {id} je već iskorišćeno</translation>
    </message>
    <message>
      <source>override {id} is valid from {start} to {end}</source>
      <translation>odobrenje izuzetka {id} važi od {start} do {end}</translation>
    </message>
    <message>
      <source>{tag} {name} is out of calibration ({reason}). A manager must record an override with a written justification before it can be used.</source>
      <translation>{tag} {name}: van kalibracije ({reason}). Pre upotrebe rukovodilac mora da evidentira odobrenje izuzetka sa pisanim obrazloženjem.</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>Naziv</translation>
    </message>
    <message>
      <source>Country</source>
      <translation>Država</translation>
    </message>
    <message>
      <source>Default currency</source>
      <translation>Podrazumevana valuta</translation>
    </message>
    <message>
      <source>Tax number</source>
      <translation>PIB</translation>
    </message>
    <message>
      <source>required for a company in Hungary or Serbia</source>
      <translation>obavezan za firmu iz Mađarske ili Srbije</translation>
    </message>
    <message>
      <source>NDA date</source>
      <translation>Datum NDA</translation>
    </message>
    <message>
      <source>required when an NDA is signed</source>
      <translation>obavezan ako je NDA potpisan</translation>
    </message>
    <message>
      <source>only with a signed NDA</source>
      <translation>samo uz potpisan NDA</translation>
    </message>
    <message>
      <source>Registration number</source>
      <translation>Matični broj</translation>
    </message>
    <message>
      <source>Address</source>
      <translation>Adresa</translation>
    </message>
    <message>
      <source>Notes</source>
      <translation>Napomene</translation>
    </message>
    <message>
      <source>The tax number {tax} already belongs to {company}.</source>
      <translation>PIB {tax} već pripada firmi {company}.</translation>
    </message>
    <message>
      <source>No company with id {id}.</source>
      <translation>Ne postoji firma sa ID {id}.</translation>
    </message>
    <message>
      <source>E-mail</source>
      <translation>E-pošta</translation>
    </message>
    <message>
      <source>not an e-mail address: {text}</source>
      <translation>nije adresa e-pošte: {text}</translation>
    </message>
    <message>
      <source>Phone</source>
      <translation>Telefon</translation>
    </message>
    <message>
      <source>digits, spaces, +, /, (, ), - only: {text}</source>
      <translation>dozvoljene su samo cifre, razmaci i znakovi +, /, (, ), -: {text}</translation>
    </message>
    <message>
      <source>Role</source>
      <translation>Uloga</translation>
    </message>
    <message>
      <source>No contact with id {id}.</source>
      <translation>Ne postoji kontakt osoba sa ID {id}.</translation>
    </message>
    <message>
      <source>Manufacturer</source>
      <translation>Proizvođač</translation>
    </message>
    <message>
      <source>Model</source>
      <translation>Model</translation>
    </message>
    <message>
      <source>Serial number</source>
      <translation>Serijski broj</translation>
    </message>
    <message>
      <source>Firmware/software version</source>
      <translation>Verzija firmvera/softvera</translation>
    </message>
    <message>
      <source>Location</source>
      <translation>Lokacija</translation>
    </message>
    <message>
      <source>Commissioning date</source>
      <translation>Datum puštanja u rad</translation>
    </message>
    <message>
      <source>Hourly rate</source>
      <translation>Cena po satu</translation>
    </message>
    <message>
      <source>Currency</source>
      <translation>Valuta</translation>
    </message>
    <message>
      <source>Nominal power (kW)</source>
      <translation>Nominalna snaga (kW)</translation>
    </message>
    <message>
      <source>Max. booking (hours)</source>
      <translation>Maks. rezervacija (sati)</translation>
    </message>
    <message>
      <source>Min. notice (hours)</source>
      <translation>Min. najava unapred (sati)</translation>
    </message>
    <message>
      <source>letters, digits and . _ / - only, at most 32 characters (e.g. ITC-0042)</source>
      <translation>samo slova, cifre i . _ / -, najviše 32 znaka (npr. ITC-0042)</translation>
    </message>
    <message>
      <source>{tag} is already used by {name}</source>
      <translation>oznaku {tag} već koristi {name}</translation>
    </message>
    <message>
      <source>unknown category {value}; one of {list}</source>
      <translation>nepoznata kategorija {value}; dozvoljeno: {list}</translation>
    </message>
    <message>
      <source>not a number</source>
      <translation>nije broj</translation>
    </message>
    <message>
      <source>must be zero or more</source>
      <translation>mora biti nula ili više</translation>
    </message>
    <message>
      <source>too large</source>
      <translation>prevelika vrednost</translation>
    </message>
    <message>
      <source>at most {n}</source>
      <translation>najviše {n}</translation>
    </message>
    <message>
      <source>{tag} is already retired.</source>
      <translation>Oprema {tag} je već rashodovana.</translation>
    </message>
    <message>
      <source>{tag} is in use; stop the running session first.</source>
      <translation>Oprema {tag} je u upotrebi; najpre zaustavite aktivnu sesiju.</translation>
    </message>
    <message>
      <source>say why the equipment is retired</source>
      <translation>navedite zašto se oprema rashoduje</translation>
    </message>
    <message>
      <source>Note</source>
      <translation>Napomena</translation>
    </message>
    <message>
      <source>{tag} is {status}.</source>
      <translation>Status opreme {tag}: {status}.</translation>
    </message>
    <message>
      <source>say why it is taken out of service</source>
      <translation>navedite zašto se stavlja van upotrebe</translation>
    </message>
    <message>
      <source>File name</source>
      <translation>Naziv datoteke</translation>
    </message>
    <message>
      <source>{name} contains control or invisible characters</source>
      <translation>{name} sadrži kontrolne ili nevidljive znakove</translation>
    </message>
    <message>
      <source>File type</source>
      <translation>Tip datoteke</translation>
    </message>
    <message>
      <source>{suffix} files are not accepted; accepted: {list}</source>
      <translation>tip datoteke nije prihvaćen: {suffix}; prihvataju se: {list}</translation>
    </message>
    <message>
      <source>extension-less</source>
      <translation>bez ekstenzije</translation>
    </message>
    <message>
      <source>the content of {name} is not a {suffix} file</source>
      <translation>sadržaj datoteke {name} nije u formatu {suffix}</translation>
    </message>
    <message>
      <source>{name} is not UTF-8 text</source>
      <translation>{name} nije UTF-8 tekst</translation>
    </message>
    <message>
      <source>File</source>
      <translation>Datoteka</translation>
    </message>
    <message>
      <source>the file is empty</source>
      <translation>datoteka je prazna</translation>
    </message>
    <message>
      <source>{size:.1f} MB is larger than the limit of {limit} MB</source>
      <translation>{size:.1f} MB premašuje ograničenje od {limit} MB</translation>
    </message>
    <message>
      <source>There is no document with id {id}.</source>
      <translation>Ne postoji dokument sa ID {id}.</translation>
    </message>
    <message>
      <source>Calibration due soon (days)</source>
      <translation>Upozorenje pre isteka kalibracije (dana)</translation>
    </message>
    <message>
      <source>between 0 and 365</source>
      <translation>između 0 i 365</translation>
    </message>
    <message>
      <source>Maintenance due soon (days)</source>
      <translation>Upozorenje pre roka održavanja (dana)</translation>
    </message>
    <message>
      <source>Forgotten session after (hours)</source>
      <translation>Zaboravljena sesija posle (sati)</translation>
    </message>
    <message>
      <source>between 1 and 168</source>
      <translation>između 1 i 168</translation>
    </message>
    <message>
      <source>choose equipment or a category</source>
      <translation>izaberite opremu ili kategoriju</translation>
    </message>
    <message>
      <source>Number of slots</source>
      <translation>Broj termina</translation>
    </message>
    <message>
      <source>between 1 and 100</source>
      <translation>između 1 i 100</translation>
    </message>
    <message>
      <source>This job is priced in {currency}, but some costs are in {others}. Give a conversion rate for each ({others} → {currency}); amounts are never mixed without one.</source>
      <translation>Ovaj posao se obračunava u valuti {currency}, ali su neki troškovi u valuti {others}. Unesite kurs za svaku od njih ({others} → {currency}); bez kursa se iznosi nikada ne mešaju.</translation>
    </message>
    <message>
      <source>not a number: {value}</source>
      <translation>nije broj: {value}</translation>
    </message>
    <message>
      <source>more than zero</source>
      <translation>veće od nule</translation>
    </message>
    <message>
      <source>zero or more</source>
      <translation>nula ili više</translation>
    </message>
    <message>
      <source>Quantity</source>
      <translation>Količina</translation>
    </message>
    <message>
      <source>Unit cost</source>
      <translation>Jedinični trošak</translation>
    </message>
    <message>
      <source>at most three decimals</source>
      <translation>najviše tri decimale</translation>
    </message>
    <message>
      <source>at most two decimals</source>
      <translation>najviše dve decimale</translation>
    </message>
    <message>
      <source>Step</source>
      <translation>Korak</translation>
    </message>
    <message>
      <source>not a step of this job</source>
      <translation>nije korak ovog posla</translation>
    </message>
    <message>
      <source>No material cost with id {id}.</source>
      <translation>Ne postoji trošak materijala sa ID {id}.</translation>
    </message>
    <message>
      <source>Rate {currency} → {job}</source>
      <translation>Kurs {currency} → {job}</translation>
    </message>
    <message>
      <source>unknown currency {currency}</source>
      <translation>nepoznata valuta {currency}</translation>
    </message>
    <message>
      <source>Not assigned to a step</source>
      <translation>Nije dodeljeno koraku</translation>
    </message>
    <message>
      <source>no equipment with id {id}</source>
      <translation>ne postoji oprema sa ID {id}</translation>
    </message>
    <message>
      <source>Planned hours</source>
      <translation>Planirani sati</translation>
    </message>
    <message>
      <source>zero or more hours</source>
      <translation>nula ili više sati</translation>
    </message>
    <message>
      <source>No job step with id {id}.</source>
      <translation>Ne postoji korak posla sa ID {id}.</translation>
    </message>
    <message>
      <source>Position</source>
      <translation>Pozicija</translation>
    </message>
    <message>
      <source>Step {n} has {count} usage session(s) logged against it; it cannot be removed.</source>
      <translation>Korak {n} ima evidentiranih sesija korišćenja: {count}; ne može se ukloniti.</translation>
    </message>
    <message>
      <source>name every step of the job exactly once</source>
      <translation>navedite svaki korak posla tačno jednom</translation>
    </message>
    <message>
      <source>Order</source>
      <translation>Redosled</translation>
    </message>
    <message>
      <source>No usage session with id {id}.</source>
      <translation>Ne postoji sesija korišćenja sa ID {id}.</translation>
    </message>
    <message>
      <source>a step needs its job</source>
      <translation>za korak je potreban njegov posao</translation>
    </message>
    <message>
      <source>not a step of {reference}</source>
      <translation>nije korak posla {reference}</translation>
    </message>
    <message>
      <source>Quoted</source>
      <translation>Ponuda poslata</translation>
    </message>
    <message>
      <source>In progress</source>
      <translation>U toku</translation>
    </message>
    <message>
      <source>Testing</source>
      <translation>Ispitivanje</translation>
    </message>
    <message>
      <source>Delivered</source>
      <translation>Isporučeno</translation>
    </message>
    <message>
      <source>On hold</source>
      <translation>Na čekanju</translation>
    </message>
    <message>
      <source>{reference} is on hold: it can only return to {previous} (or be cancelled), not go to {to}.</source>
      <translation>{reference} je na čekanju: može se vratiti samo u status „{previous}“ (ili biti otkazan), a ne preći u status „{to}“.</translation>
    </message>
    <message>
      <source>{reference} cannot go from {from_} to {to}.</source>
      <translation>{reference} ne može da pređe iz statusa „{from_}“ u status „{to}“.</translation>
    </message>
    <message>
      <source>required to cancel a job</source>
      <translation>obavezno za otkazivanje posla</translation>
    </message>
    <message>
      <source>enter the quoted price before sending the quote</source>
      <translation>unesite ponuđenu cenu pre slanja ponude</translation>
    </message>
    <message>
      <source>Quoted price</source>
      <translation>Ponuđena cena</translation>
    </message>
    <message>
      <source>{reference} is not on hold ({status}); there is nothing to resume.</source>
      <translation>{reference} nije na čekanju ({status}); nema šta da se nastavi.</translation>
    </message>
    <message>
      <source>not an amount: {value}</source>
      <translation>nije iznos: {value}</translation>
    </message>
    <message>
      <source>no company with id {id}</source>
      <translation>ne postoji firma sa ID {id}</translation>
    </message>
    <message>
      <source>Title</source>
      <translation>Naziv</translation>
    </message>
    <message>
      <source>not a contact of this company</source>
      <translation>nije kontakt osoba ove firme</translation>
    </message>
    <message>
      <source>a whole number of at least 1</source>
      <translation>ceo broj, najmanje 1</translation>
    </message>
    <message>
      <source>Due date</source>
      <translation>Rok</translation>
    </message>
    <message>
      <source>before the request date {date}</source>
      <translation>pre datuma zahteva {date}</translation>
    </message>
    <message>
      <source>Priority</source>
      <translation>Prioritet</translation>
    </message>
    <message>
      <source>Responsible technician</source>
      <translation>Odgovorni tehničar</translation>
    </message>
    <message>
      <source>Customer order number</source>
      <translation>Broj narudžbine kupca</translation>
    </message>
    <message>
      <source>{company} is deactivated</source>
      <translation>firma {company} je deaktivirana</translation>
    </message>
    <message>
      <source>Job registered.</source>
      <translation>Posao je evidentiran.</translation>
    </message>
    <message>
      <source>No job with id {id}.</source>
      <translation>Ne postoji posao sa ID {id}.</translation>
    </message>
    <message>
      <source>{reference} is {status}; it can no longer be changed.</source>
      <translation>{reference} ima status {status}; više se ne može menjati.</translation>
    </message>
    <message>
      <source>unknown status {status}</source>
      <translation>nepoznat status {status}</translation>
    </message>
    <message>
      <source>unknown order {order}</source>
      <translation>nepoznat redosled {order}</translation>
    </message>
    <message>
      <source>The database has schema revision {revision}, this program expects {head}.</source>
      <translation>Baza podataka ima reviziju šeme {revision}, a ovaj program očekuje {head}.</translation>
    </message>
    <message>
      <source>Interval</source>
      <translation>Interval</translation>
    </message>
    <message>
      <source>give every N days, every N operating hours, or both</source>
      <translation>unesite svakih N dana, svakih N radnih sati ili oba</translation>
    </message>
    <message>
      <source>Every N days</source>
      <translation>Svakih N dana</translation>
    </message>
    <message>
      <source>Every N operating hours</source>
      <translation>Na svakih N radnih sati</translation>
    </message>
    <message>
      <source>There is no maintenance plan with id {id}.</source>
      <translation>Ne postoji plan održavanja sa ID {id}.</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>Vrsta</translation>
    </message>
    <message>
      <source>End</source>
      <translation>Kraj</translation>
    </message>
    <message>
      <source>must be after the start</source>
      <translation>mora biti posle početka</translation>
    </message>
    <message>
      <source>Start</source>
      <translation>Početak</translation>
    </message>
    <message>
      <source>Blocking</source>
      <translation>Blokirajuće</translation>
    </message>
    <message>
      <source>only an incident can block the equipment</source>
      <translation>samo incident može da blokira opremu</translation>
    </message>
    <message>
      <source>Cost</source>
      <translation>Trošak</translation>
    </message>
    <message>
      <source>unknown user</source>
      <translation>nepoznat korisnik</translation>
    </message>
    <message>
      <source>External company</source>
      <translation>Spoljna firma</translation>
    </message>
    <message>
      <source>Plan</source>
      <translation>Plan</translation>
    </message>
    <message>
      <source>not a maintenance plan of this equipment</source>
      <translation>nije plan održavanja ove opreme</translation>
    </message>
    <message>
      <source>{tag} is retired</source>
      <translation>oprema {tag} je rashodovana</translation>
    </message>
    <message>
      <source>Blocking incident: {text}</source>
      <translation>Blokirajući incident: {text}</translation>
    </message>
    <message>
      <source>There is no maintenance record with id {id}.</source>
      <translation>Ne postoji zapis o održavanju sa ID {id}.</translation>
    </message>
    <message>
      <source>This maintenance work has already ended.</source>
      <translation>Ovaj rad na održavanju je već završen.</translation>
    </message>
    <message>
      <source>Maintenance finished: {text}</source>
      <translation>Održavanje završeno: {text}</translation>
    </message>
    <message>
      <source>{tag} is not out of service.</source>
      <translation>Oprema {tag} nije van upotrebe.</translation>
    </message>
    <message>
      <source>say what was checked before it is used again</source>
      <translation>navedite šta je provereno pre ponovne upotrebe</translation>
    </message>
    <message>
      <source>There is no maintenance window with id {id}.</source>
      <translation>Ne postoji termin održavanja sa ID-om {id}.</translation>
    </message>
    <message>
      <source>This maintenance window was already cancelled.</source>
      <translation>Ovaj termin održavanja je već otkazan.</translation>
    </message>
    <message>
      <source>Your role ({role}) may not do this ({permission}).</source>
      <translation>Vaša uloga ({role}) ne dozvoljava ovu radnju ({permission}).</translation>
    </message>
    <message>
      <source>{name} is deactivated</source>
      <translation>Nalog korisnika {name} je deaktiviran</translation>
    </message>
    <message>
      <source>must not be before the grant date</source>
      <translation>ne sme biti pre datuma dodele</translation>
    </message>
    <message>
      <source>There is no qualification with id {id}.</source>
      <translation>Ne postoji osposobljenost sa ID-om {id}.</translation>
    </message>
    <message>
      <source>say why the qualification is revoked</source>
      <translation>navedite zašto se osposobljenost opoziva</translation>
    </message>
    <message>
      <source>{name} is not qualified to operate {tag} {equipment}</source>
      <translation>Korisnik {name} nije osposobljen za rad na opremi {tag} {equipment}</translation>
    </message>
    <message>
      <source>the qualification was revoked</source>
      <translation>osposobljenost je opozvana</translation>
    </message>
    <message>
      <source>no qualification recorded</source>
      <translation>nije evidentirana osposobljenost</translation>
    </message>
    <message>
      <source>{what} ({detail}). A manager can grant it.</source>
      <translation>{what} ({detail}). Rukovodilac je može dodeliti.</translation>
    </message>
    <message>
      <source>{what} (the qualification expired on {date}). A manager can renew it.</source>
      <translation>{what} (osposobljenost je istekla {date}). Rukovodilac je može obnoviti.</translation>
    </message>
    <message>
      <source>{what} (the qualification is valid from {date}).</source>
      <translation>{what} (osposobljenost važi od {date}).</translation>
    </message>
    <message>
      <source>unknown report language {lang} (one of {all})</source>
      <translation>nepoznat jezik izveštaja {lang} (jedan od: {all})</translation>
    </message>
    <message>
      <source>record {old} (its correction, record {new}, is {status})</source>
      <translation>zapis {old} (njegova ispravka, zapis {new}, ima status {status})</translation>
    </message>
    <message>
      <source>{reference} has no approved test result: there is nothing to report yet.</source>
      <translation>Posao {reference} nema odobren rezultat ispitivanja: još nema o čemu da se izda izveštaj.</translation>
    </message>
    <message>
      <source>{reference} has no test result yet.</source>
      <translation>Posao {reference} još nema rezultat ispitivanja.</translation>
    </message>
    <message>
      <source>A correction of {reference} is not approved yet: {list}. Approve or discard it before issuing the report.</source>
      <translation>Ispravka za {reference} još nije odobrena: {list}. Odobrite je ili odbacite pre izdavanja izveštaja.</translation>
    </message>
    <message>
      <source>give the reason for the amendment</source>
      <translation>navedite razlog izmene</translation>
    </message>
    <message>
      <source>Report {old} is already superseded by {new}: amend {new} instead.</source>
      <translation>Izveštaj {old} je već zamenjen izveštajem {new}: umesto njega izmenite {new}.</translation>
    </message>
    <message>
      <source>There is no issued report with id {id}.</source>
      <translation>Ne postoji izdat izveštaj sa ID-om {id}.</translation>
    </message>
    <message>
      <source>The stored file of report {number} does not match its SHA-256: it was altered outside the program. Restore the database from a backup.</source>
      <translation>Sačuvana datoteka izveštaja {number} ne odgovara svom SHA-256 zbiru: izmenjena je van programa. Vratite bazu podataka iz rezervne kopije.</translation>
    </message>
    <message>
      <source>DRAFT {reference}</source>
      <translation>NACRT {reference}</translation>
    </message>
    <message>
      <source>Modulus of elasticity E</source>
      <translation>Modul elastičnosti E</translation>
    </message>
    <message>
      <source>Proof strength Rp1.0</source>
      <translation>Konvencionalna granica tečenja Rp1.0</translation>
    </message>
    <message>
      <source>Plastic extension at Fm, Ag</source>
      <translation>Plastično izduženje pri Fm, Ag</translation>
    </message>
    <message>
      <source>Total extension at Fm, Agt</source>
      <translation>Ukupno izduženje pri Fm, Agt</translation>
    </message>
    <message>
      <source>Total extension at fracture At</source>
      <translation>Ukupno izduženje pri lomu At</translation>
    </message>
    <message>
      <source>Reduction of area Z</source>
      <translation>Suženje preseka Z</translation>
    </message>
    <message>
      <source>Hardness (each indentation)</source>
      <translation>Tvrdoća (svaki otisak)</translation>
    </message>
    <message>
      <source>Hardness, mean</source>
      <translation>Tvrdoća, srednja vrednost</translation>
    </message>
    <message>
      <source>Hardness, range</source>
      <translation>Tvrdoća, raspon</translation>
    </message>
    <message>
      <source>Absorbed energy (each specimen)</source>
      <translation>Apsorbovana energija (svaki uzorak)</translation>
    </message>
    <message>
      <source>Absorbed energy, mean</source>
      <translation>Apsorbovana energija, srednja vrednost</translation>
    </message>
    <message>
      <source>Absorbed energy, lowest single value</source>
      <translation>Apsorbovana energija, najmanja pojedinačna vrednost</translation>
    </message>
    <message>
      <source>{name} must be a number, not {v!r}</source>
      <translation>{name}: mora biti broj, a ne {v!r}</translation>
    </message>
    <message>
      <source>{name} must be a finite number</source>
      <translation>{name}: mora biti konačan broj</translation>
    </message>
    <message>
      <source>{name} must be positive</source>
      <translation>{name}: mora biti pozitivan broj</translation>
    </message>
    <message>
      <source>give a lower or an upper limit</source>
      <translation>unesite donju ili gornju granicu</translation>
    </message>
    <message>
      <source>the lower limit {lo:g} is above the upper limit {hi:g}</source>
      <translation>donja granica {lo:g} je iznad gornje granice {hi:g}</translation>
    </message>
    <message>
      <source>the uncertainty U must be zero or positive</source>
      <translation>merna nesigurnost U mora biti nula ili pozitivna</translation>
    </message>
    <message>
      <source>the coverage factor k must be positive</source>
      <translation>faktor obuhvata k mora biti pozitivan</translation>
    </message>
    <message>
      <source>unknown decision rule {r}</source>
      <translation>nepoznato pravilo odlučivanja {r}</translation>
    </message>
    <message>
      <source>a guard-band decision (ISO 14253-1) needs the uncertainty U</source>
      <translation>odlučivanje sa zaštitnim pojasom (ISO 14253-1) zahteva mernu nesigurnost U</translation>
    </message>
    <message>
      <source>Diameter d0</source>
      <translation>Prečnik d0</translation>
    </message>
    <message>
      <source>Width b0</source>
      <translation>Širina b0</translation>
    </message>
    <message>
      <source>Thickness a0</source>
      <translation>Debljina a0</translation>
    </message>
    <message>
      <source>Cross-section S0</source>
      <translation>Poprečni presek S0</translation>
    </message>
    <message>
      <source>unknown specimen shape {s}</source>
      <translation>nepoznat oblik epruvete {s}</translation>
    </message>
    <message>
      <source>unknown test type {t}</source>
      <translation>nepoznata vrsta ispitivanja {t}</translation>
    </message>
    <message>
      <source>import the machine's raw file first</source>
      <translation>prvo uvezite sirovu datoteku mašine</translation>
    </message>
    <message>
      <source>Test force (HV)</source>
      <translation>Sila ispitivanja (HV)</translation>
    </message>
    <message>
      <source>Ball diameter D</source>
      <translation>Prečnik kuglice D</translation>
    </message>
    <message>
      <source>Test force F</source>
      <translation>Sila ispitivanja F</translation>
    </message>
    <message>
      <source>unknown hardness method {m}</source>
      <translation>nepoznata metoda merenja tvrdoće {m}</translation>
    </message>
    <message>
      <source>indentation {n}: give both diagonals (or diameters)</source>
      <translation>otisak {n}: unesite obe dijagonale (ili prečnike)</translation>
    </message>
    <message>
      <source>above 80 % of the pendulum's initial energy</source>
      <translation>iznad 80 % početne energije klatna</translation>
    </message>
    <message>
      <source>add at least one characteristic</source>
      <translation>dodajte bar jednu karakteristiku</translation>
    </message>
    <message>
      <source>every characteristic needs a name</source>
      <translation>svaka karakteristika mora imati naziv</translation>
    </message>
    <message>
      <source>characteristic {n} is listed twice</source>
      <translation>karakteristika {n} je navedena dvaput</translation>
    </message>
    <message>
      <source>{n}: enter the measured value(s)</source>
      <translation>{n}: unesite izmerenu vrednost (vrednosti)</translation>
    </message>
    <message>
      <source>{n}: the subgroup size must be 2 to 10</source>
      <translation>{n}: veličina podgrupe mora biti od 2 do 10</translation>
    </message>
    <message>
      <source>no limits can be set on {q} for this test</source>
      <translation>za ovo ispitivanje ne mogu se zadati granice za {q}</translation>
    </message>
    <message>
      <source>There is no test record with id {id}.</source>
      <translation>Ne postoji zapis ispitivanja sa ID-om {id}.</translation>
    </message>
    <message>
      <source>{reference} is cancelled</source>
      <translation>{reference} je otkazan</translation>
    </message>
    <message>
      <source>Specimen</source>
      <translation>Uzorak</translation>
    </message>
    <message>
      <source>choose the specimen that was tested</source>
      <translation>izaberite ispitani uzorak</translation>
    </message>
    <message>
      <source>the specimen is not one of {reference}</source>
      <translation>uzorak ne pripada poslu {reference}</translation>
    </message>
    <message>
      <source>Method</source>
      <translation>Metoda</translation>
    </message>
    <message>
      <source>name the method with its edition, e.g. ISO 6892-1:2019</source>
      <translation>navedite metodu sa izdanjem, npr. ISO 6892-1:2019</translation>
    </message>
    <message>
      <source>Date and time</source>
      <translation>Datum i vreme</translation>
    </message>
    <message>
      <source>the test cannot be in the future</source>
      <translation>ispitivanje ne može biti u budućnosti</translation>
    </message>
    <message>
      <source>choose an active user</source>
      <translation>izaberite aktivnog korisnika</translation>
    </message>
    <message>
      <source>Temperature</source>
      <translation>Temperatura</translation>
    </message>
    <message>
      <source>{t:g} °C is not a laboratory temperature ({lo:g} … {hi:g} °C)</source>
      <translation>{t:g} °C nije laboratorijska temperatura ({lo:g} … {hi:g} °C)</translation>
    </message>
    <message>
      <source>Humidity</source>
      <translation>Vlažnost</translation>
    </message>
    <message>
      <source>the relative humidity is 0 … 100 %</source>
      <translation>relativna vlažnost mora biti 0 … 100 %</translation>
    </message>
    <message>
      <source>Remarks</source>
      <translation>Napomene</translation>
    </message>
    <message>
      <source>Deviations</source>
      <translation>Odstupanja</translation>
    </message>
    <message>
      <source>only a tensile test takes a raw machine file</source>
      <translation>sirovu datoteku mašine prihvata samo ispitivanje zatezanjem</translation>
    </message>
    <message>
      <source>Test record {id} is {status}: only a draft can be edited.</source>
      <translation>Zapis ispitivanja {id} ima status {status}: samo nacrt može da se menja.</translation>
    </message>
    <message>
      <source>A correction of an approved record is a new revision.</source>
      <translation>Ispravka odobrenog zapisa je nova revizija.</translation>
    </message>
    <message>
      <source>Test record {id}</source>
      <translation>Zapis ispitivanja {id}</translation>
    </message>
    <message>
      <source>the test type of a record cannot change</source>
      <translation>vrsta ispitivanja zapisa ne može da se promeni</translation>
    </message>
    <message>
      <source>Test type</source>
      <translation>Vrsta ispitivanja</translation>
    </message>
    <message>
      <source>Only who entered the record or a manager can discard it.</source>
      <translation>Samo onaj ko je uneo zapis ili rukovodilac može da ga odbaci.</translation>
    </message>
    <message>
      <source>must be between the test and now</source>
      <translation>mora biti između ispitivanja i sadašnjeg trenutka</translation>
    </message>
    <message>
      <source>You performed this test; another person must review it.</source>
      <translation>Vi ste izvršili ovo ispitivanje; druga osoba mora da ga pregleda.</translation>
    </message>
    <message>
      <source>Only a reviewed record can go back to draft.</source>
      <translation>Samo pregledan zapis može da se vrati u nacrt.</translation>
    </message>
    <message>
      <source>say what must be corrected</source>
      <translation>navedite šta treba ispraviti</translation>
    </message>
    <message>
      <source>Returned to draft by {name}: {reason}</source>
      <translation>Vraćeno u nacrt, korisnik {name}: {reason}</translation>
    </message>
    <message>
      <source>Test record {id} must be reviewed before it is approved.</source>
      <translation>Zapis ispitivanja {id} mora biti pregledan pre odobrenja.</translation>
    </message>
    <message>
      <source>Test record {id} is already approved.</source>
      <translation>Zapis ispitivanja {id} je već odobren.</translation>
    </message>
    <message>
      <source>You performed this test; another person must approve it.</source>
      <translation>Vi ste izvršili ovo ispitivanje; druga osoba mora da ga odobri.</translation>
    </message>
    <message>
      <source>the approval cannot precede the review</source>
      <translation>odobrenje ne može prethoditi pregledu</translation>
    </message>
    <message>
      <source>Only an approved record is corrected by a revision; edit the draft instead.</source>
      <translation>Revizijom se ispravlja samo odobren zapis; umesto toga izmenite nacrt.</translation>
    </message>
    <message>
      <source>Test record {id} was already corrected by record {new}.</source>
      <translation>Zapis ispitivanja {id} je već ispravljen zapisom {new}.</translation>
    </message>
    <message>
      <source>say why the approved result is corrected</source>
      <translation>navedite zašto se odobreni rezultat ispravlja</translation>
    </message>
    <message>
      <source>unknown time zone {zone}</source>
      <translation>nepoznata vremenska zona {zone}</translation>
    </message>
    <message>
      <source>Logo</source>
      <translation>Logo</translation>
    </message>
    <message>
      <source>larger than {kb} KB</source>
      <translation>veće od {kb} KB</translation>
    </message>
    <message>
      <source>Received on</source>
      <translation>Datum prijema</translation>
    </message>
    <message>
      <source>Disposition</source>
      <translation>Postupanje sa uzorkom</translation>
    </message>
    <message>
      <source>Returned or disposed on</source>
      <translation>Datum vraćanja ili odlaganja</translation>
    </message>
    <message>
      <source>required when the item left the lab</source>
      <translation>obavezno kada je predmet napustio laboratoriju</translation>
    </message>
    <message>
      <source>only for an item returned or disposed of</source>
      <translation>samo za vraćen ili odložen predmet</translation>
    </message>
    <message>
      <source>before it was received ({date})</source>
      <translation>pre nego što je primljen ({date})</translation>
    </message>
    <message>
      <source>No specimen with id {id}.</source>
      <translation>Ne postoji uzorak sa ID-om {id}.</translation>
    </message>
    <message>
      <source>a Hungarian tax number has the form 12345678-1-12 (11 digits), not {text}</source>
      <translation>mađarski poreski broj ima oblik 12345678-1-12 (11 cifara), a ne {text}</translation>
    </message>
    <message>
      <source>check digit does not match: {base} should end in {digit}</source>
      <translation>kontrolna cifra se ne slaže: {base} treba da se završava sa {digit}</translation>
    </message>
    <message>
      <source>VAT code must be 1–5, not {vat}</source>
      <translation>PDV kod mora biti 1–5, a ne {vat}</translation>
    </message>
    <message>
      <source>county code {county} does not exist (02–20, 22–44 or 51)</source>
      <translation>oznaka županije {county} ne postoji (02–20, 22–44 ili 51)</translation>
    </message>
    <message>
      <source>a Serbian PIB must be 9 digits, not {text}</source>
      <translation>srpski PIB mora imati 9 cifara, a ne {text}</translation>
    </message>
    <message>
      <source>check digit does not match: {pib} should end in {digit}</source>
      <translation>kontrolna cifra se ne slaže: {pib} treba da se završava sa {digit}</translation>
    </message>
    <message>
      <source>contains a NUL character (\0), which cannot be stored</source>
      <translation>sadrži NUL znak (\0), koji se ne može sačuvati</translation>
    </message>
    <message>
      <source>contains characters that are not valid Unicode text</source>
      <translation>sadrži znakove koji nisu ispravan Unicode tekst</translation>
    </message>
    <message>
      <source>{tag} {name} is retired and can no longer be used.</source>
      <translation>Oprema {tag} {name} je rashodovana i više ne može da se koristi.</translation>
    </message>
    <message>
      <source>{tag} {name} is out of service ({note}); a manager must return it to service before it is used.</source>
      <translation>Oprema {tag} {name} je van upotrebe ({note}); rukovodilac mora da je vrati u upotrebu pre korišćenja.</translation>
    </message>
    <message>
      <source>{tag} {name} is {status} and cannot be used now.</source>
      <translation>Oprema {tag} {name} ima status {status} i trenutno ne može da se koristi.</translation>
    </message>
    <message>
      <source>{tag} {name} is already in use by {operator} since {since}; stop that session first.</source>
      <translation>Opremu {tag} {name} već koristi {operator} od {since}; prvo zaustavite tu sesiju.</translation>
    </message>
    <message>
      <source>Only a manager may start a session for another operator.</source>
      <translation>Samo rukovodilac može da pokrene sesiju za drugog operatera.</translation>
    </message>
    <message>
      <source>Hour meter at start</source>
      <translation>Brojač radnih sati na početku</translation>
    </message>
    <message>
      <source>{tag} was started at another station just now.</source>
      <translation>Korišćenje opreme {tag} je upravo pokrenuto na drugoj radnoj stanici.</translation>
    </message>
    <message>
      <source>This usage session was already stopped.</source>
      <translation>Ova sesija korišćenja je već zaustavljena.</translation>
    </message>
    <message>
      <source>Stop</source>
      <translation>Zaustavljanje</translation>
    </message>
    <message>
      <source>Hour meter at stop</source>
      <translation>Brojač radnih sati na kraju</translation>
    </message>
    <message>
      <source>must not be below the reading at start ({value} h)</source>
      <translation>ne sme biti manje od očitavanja na početku ({value} h)</translation>
    </message>
    <message>
      <source>say why the times are corrected</source>
      <translation>navedite zašto se vremena ispravljaju</translation>
    </message>
    <message>
      <source>a stopped session keeps a stop time</source>
      <translation>zaustavljena sesija mora da zadrži vreme zaustavljanja</translation>
    </message>
    <message>
      <source>unknown period {kind} (one of {all})</source>
      <translation>nepoznat period {kind} (jedan od: {all})</translation>
    </message>
    <message>
      <source>{kind} {part} does not exist</source>
      <translation>{kind} {part} ne postoji</translation>
    </message>
    <message>
      <source>the period ends ({to}) before it starts ({start})</source>
      <translation>period se završava ({to}) pre nego što počinje ({start})</translation>
    </message>
    <message>
      <source>at most {n} years</source>
      <translation>najviše {n} godina</translation>
    </message>
    <message>
      <source>There is no equipment {tags}.</source>
      <translation>Ne postoji oprema {tags}.</translation>
    </message>
    <message>
      <source>{tags} is not equipment of the category {category}.</source>
      <translation>{tags} nije oprema kategorije {category}.</translation>
    </message>
    <message>
      <source>Not linked to a job</source>
      <translation>Nije povezano sa poslom</translation>
    </message>
    <message>
      <source>at least {n} characters</source>
      <translation>najmanje {n} znakova</translation>
    </message>
    <message>
      <source>Password</source>
      <translation>Lozinka</translation>
    </message>
    <message>
      <source>Username</source>
      <translation>Korisničko ime</translation>
    </message>
    <message>
      <source>2–64 characters: lower-case letters, digits, dot, dash or underscore</source>
      <translation>2–64 znaka: mala slova, cifre, tačka, crtica ili donja crta</translation>
    </message>
    <message>
      <source>The username {username} is taken.</source>
      <translation>Korisničko ime {username} je zauzeto.</translation>
    </message>
    <message>
      <source>Full name</source>
      <translation>Ime i prezime</translation>
    </message>
    <message>
      <source>unknown role {role}</source>
      <translation>nepoznata uloga {role}</translation>
    </message>
    <message>
      <source>System (headless commands)</source>
      <translation>Sistem (komande bez korisničkog interfejsa)</translation>
    </message>
    <message>
      <source>The first administrator already exists.</source>
      <translation>Prvi administrator već postoji.</translation>
    </message>
    <message>
      <source>Too many failed sign-ins as {username}: try again in {seconds} s.</source>
      <translation>Previše neuspelih prijava kao {username}: pokušajte ponovo za {seconds} s.</translation>
    </message>
    <message>
      <source>Wrong username or password, or the account is deactivated.</source>
      <translation>Pogrešno korisničko ime ili lozinka, ili je nalog deaktiviran.</translation>
    </message>
    <message>
      <source>The last active administrator cannot be deactivated.</source>
      <translation>Poslednji aktivni administrator ne može da se deaktivira.</translation>
    </message>
    <message>
      <source>The last active administrator must stay an administrator.</source>
      <translation>Poslednji aktivni administrator mora ostati administrator.</translation>
    </message>
    <message>
      <source>does not match</source>
      <translation>ne poklapa se</translation>
    </message>
    <message>
      <source>Current password</source>
      <translation>Trenutna lozinka</translation>
    </message>
    <message>
      <source>an unknown user</source>
      <translation>nepoznat korisnik</translation>
    </message>
    <message>
      <source>{label} was changed by someone else meanwhile — reload it.</source>
      <translation>{label}: u međuvremenu je izmenio neko drugi — učitajte ponovo.</translation>
    </message>
    <message>
      <source>{label} was changed by {name} at {time} — reload it.</source>
      <translation>{label}: izmenio korisnik {name} u {time} — učitajte ponovo.</translation>
    </message>
    <message>
      <source>Only drafts are edited. This record is {status}: use Correct to make a new revision with the reason.</source>
      <translation>Menjaju se samo nacrti. Ovaj zapis ima status {status}: upotrebite Ispravi da napravite novu reviziju sa razlogom.</translation>
    </message>
    <message>
      <source>consistent copy of a running database</source>
      <translation type="vanished">konzistentna kopija aktivne baze podataka</translation>
    </message>
    <message>
      <source>check the hash chain; names the first bad row</source>
      <translation type="vanished">proveri heš lanac; navodi prvi neispravan red</translation>
    </message>
  </context>
  <context>
    <name>DatabaseProblemBox</name>
    <message>
      <source>Database from a newer version</source>
      <translation>Baza podataka novije verzije</translation>
    </message>
    <message>
      <source>The database cannot be opened</source>
      <translation>Baza podataka ne može da se otvori</translation>
    </message>
    <message>
      <source>Database: {location}</source>
      <translation>Baza podataka: {location}</translation>
    </message>
  </context>
  <context>
    <name>app</name>
    <message>
      <source>Backup made: {path}</source>
      <translation>Rezervna kopija napravljena: {path}</translation>
    </message>
    <message>
      <source>The automatic backup failed: {error} (details in the log)</source>
      <translation>Automatska rezervna kopija nije uspela: {error} (detalji u dnevniku)</translation>
    </message>
  </context>
  <context>
    <name>BusyIndicator</name>
    <message>
      <source>Working…</source>
      <translation>Obrada…</translation>
    </message>
  </context>
  <context>
    <name>errors</name>
    <message>
      <source>Please correct the input</source>
      <translation>Ispravite unos</translation>
    </message>
    <message>
      <source>Not allowed</source>
      <translation>Nije dozvoljeno</translation>
    </message>
    <message>
      <source>Not found</source>
      <translation>Nije pronađeno</translation>
    </message>
    <message>
      <source>Conflict</source>
      <translation>Konflikt</translation>
    </message>
    <message>
      <source>Not possible now</source>
      <translation>Trenutno nije moguće</translation>
    </message>
    <message>
      <source>Cannot do this</source>
      <translation>Ne može da se izvrši</translation>
    </message>
    <message>
      <source>Unexpected error</source>
      <translation>Neočekivana greška</translation>
    </message>
    <message>
      <source>Something went wrong that the program did not expect:</source>
      <translation>Došlo je do greške koju program nije očekivao:</translation>
    </message>
    <message>
      <source>The details were written to the log file. You can continue working.</source>
      <translation>Detalji su upisani u datoteku dnevnika. Možete nastaviti sa radom.</translation>
    </message>
  </context>
  <context>
    <name>roles</name>
    <message>
      <source>Administrator</source>
      <translation>Administrator</translation>
    </message>
    <message>
      <source>Manager</source>
      <translation>Rukovodilac</translation>
    </message>
    <message>
      <source>Technician</source>
      <translation>Tehničar</translation>
    </message>
  </context>
  <context>
    <name>forms</name>
    <message numerus="yes">
      <source>Password: at least %n characters</source>
      <translation>
        <numerusform>Lozinka: najmanje %n znakova</numerusform>
        <numerusform>Lozinka: najmanje %n znakova</numerusform>
        <numerusform>Lozinka: najmanje %n znakova</numerusform>
      </translation>
    </message>
    <message>
      <source>Repeat password: does not match</source>
      <translation>Ponovljena lozinka: ne poklapa se</translation>
    </message>
  </context>
  <context>
    <name>RestoreDraftBox</name>
    <message>
      <source>Unsaved draft</source>
      <translation>Nesačuvan nacrt</translation>
    </message>
    <message>
      <source>Restore the unsaved draft from {time}?</source>
      <translation>Vratiti nesačuvan nacrt od {time}?</translation>
    </message>
    <message>
      <source>This form was left without saving or cancelling when the program last closed (a crash or a power cut). Its values were kept.</source>
      <translation>Ovaj obrazac nije bio ni sačuvan ni otkazan kada se program poslednji put zatvorio (pad programa ili nestanak struje). Njegove vrednosti su sačuvane.</translation>
    </message>
    <message>
      <source>&amp;Restore</source>
      <translation>&amp;Vrati</translation>
    </message>
    <message>
      <source>&amp;Discard the draft</source>
      <translation>&amp;Odbaci nacrt</translation>
    </message>
  </context>
  <context>
    <name>DraftProblemBox</name>
    <message>
      <source>Unsaved draft</source>
      <translation>Nesačuvan nacrt</translation>
    </message>
  </context>
  <context>
    <name>FormDraft</name>
    <message>
      <source>An unsaved draft of this form could not be read ({reason}); it was removed.</source>
      <translation>Nesačuvan nacrt ovog obrasca nije mogao da se pročita ({reason}); uklonjen je.</translation>
    </message>
    <message>
      <source>The unsaved draft from {time} could not be put back completely; check the form before saving. The draft was removed.</source>
      <translation>Nesačuvan nacrt od {time} nije mogao u potpunosti da se vrati; proverite obrazac pre čuvanja. Nacrt je uklonjen.</translation>
    </message>
  </context>
  <context>
    <name>Kiosk</name>
    <message>
      <source>We could not find a job with this reference and access code. Please check both and try again.</source>
      <translation>Nismo pronašli nalog sa ovim brojem i pristupnim kodom. Proverite oba podatka i pokušajte ponovo.</translation>
    </message>
    <message>
      <source>Please type both the job reference and the access code.</source>
      <translation>Unesite i broj naloga i pristupni kod.</translation>
    </message>
    <message>
      <source>We have received your order and your parts.</source>
      <translation>Primili smo vašu porudžbinu i vaše delove.</translation>
    </message>
    <message>
      <source>We have sent you a quote and are waiting for your approval.</source>
      <translation>Poslali smo vam ponudu i čekamo vaše odobrenje.</translation>
    </message>
    <message>
      <source>Your order is approved and the work is scheduled.</source>
      <translation>Vaša porudžbina je odobrena i posao je zakazan.</translation>
    </message>
    <message>
      <source>We are preparing your parts for testing.</source>
      <translation>Pripremamo vaše delove za ispitivanje.</translation>
    </message>
    <message>
      <source>We are testing your parts.</source>
      <translation>Ispitujemo vaše delove.</translation>
    </message>
    <message>
      <source>Testing is finished. We are preparing your report.</source>
      <translation>Ispitivanje je završeno. Pripremamo vaš izveštaj.</translation>
    </message>
    <message>
      <source>Your job is finished and handed over. Thank you!</source>
      <translation>Vaš nalog je završen i predat. Hvala vam!</translation>
    </message>
    <message>
      <source>Work on your job is paused for the moment. We will contact you.</source>
      <translation>Rad na vašem nalogu je privremeno zaustavljen. Kontaktiraćemo vas.</translation>
    </message>
    <message>
      <source>This job has been cancelled.</source>
      <translation>Ovaj nalog je otkazan.</translation>
    </message>
    <message>
      <source>Received</source>
      <translation>Primljeno</translation>
    </message>
    <message>
      <source>Quote sent</source>
      <translation>Ponuda poslata</translation>
    </message>
    <message>
      <source>Approved</source>
      <translation>Odobreno</translation>
    </message>
    <message>
      <source>Preparation</source>
      <translation>Priprema</translation>
    </message>
    <message>
      <source>Testing</source>
      <translation>Ispitivanje</translation>
    </message>
    <message>
      <source>Finished</source>
      <translation>Završeno</translation>
    </message>
    <message>
      <source>Handed over</source>
      <translation>Predato</translation>
    </message>
    <message>
      <source>Paused</source>
      <translation>Pauzirano</translation>
    </message>
    <message>
      <source>Cancelled</source>
      <translation>Otkazano</translation>
    </message>
    <message>
      <source>Staff exit</source>
      <translation>Izlaz za osoblje</translation>
    </message>
    <message>
      <source>To leave the kiosk, sign with the username and password of an administrator.</source>
      <translation>Za izlazak iz kioska unesite korisničko ime i lozinku administratora.</translation>
    </message>
    <message>
      <source>Username</source>
      <translation>Korisničko ime</translation>
    </message>
    <message>
      <source>Password</source>
      <translation>Lozinka</translation>
    </message>
    <message>
      <source>Leave the kiosk</source>
      <translation>Izađi iz kioska</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>Otkaži</translation>
    </message>
    <message>
      <source>Wrong username or password, or the account is not an administrator.</source>
      <translation>Pogrešno korisničko ime ili lozinka, ili korisnik nije administrator.</translation>
    </message>
    <message>
      <source>Job status</source>
      <translation>Status naloga</translation>
    </message>
    <message>
      <source>Check the status of your job</source>
      <translation>Proverite status svog naloga</translation>
    </message>
    <message>
      <source>Type the job reference and the access code from your intake slip, or hold the slip's QR code under the scanner.</source>
      <translation>Unesite broj naloga i pristupni kod sa prijemnice ili prinesite QR kod sa prijemnice čitaču.</translation>
    </message>
    <message>
      <source>Job reference</source>
      <translation>Broj naloga</translation>
    </message>
    <message>
      <source>e.g. ITC-2026-0007</source>
      <translation>npr. ITC-2026-0007</translation>
    </message>
    <message>
      <source>Access code</source>
      <translation>Pristupni kod</translation>
    </message>
    <message>
      <source>6 digits</source>
      <translation>6 cifara</translation>
    </message>
    <message>
      <source>Show status</source>
      <translation>Prikaži status</translation>
    </message>
    <message>
      <source>Clear</source>
      <translation>Obriši</translation>
    </message>
    <message>
      <source>Done</source>
      <translation>Gotovo</translation>
    </message>
    <message>
      <source>History</source>
      <translation>Istorija</translation>
    </message>
    <message>
      <source>For your privacy this page closes by itself when nobody uses it.</source>
      <translation>Radi zaštite vaših podataka ova stranica se sama zatvara kada je niko ne koristi.</translation>
    </message>
    <message>
      <source>Temporarily unavailable</source>
      <translation>Privremeno nedostupno</translation>
    </message>
    <message>
      <source>The job status cannot be shown at the moment. Please ask at the reception. This screen tries again by itself.</source>
      <translation>Status naloga trenutno ne može da se prikaže. Molimo vas da se obratite recepciji. Ekran će sam pokušati ponovo.</translation>
    </message>
    <message>
      <source>Too many attempts. Please wait {time} before trying again.</source>
      <translation>Previše pokušaja. Pokušajte ponovo za {time}.</translation>
    </message>
    <message>
      <source>Issued on {date}</source>
      <translation>Izdat {date}</translation>
    </message>
    <message>
      <source>Ready for pickup at the reception (issued on {date})</source>
      <translation>Spreman za preuzimanje na recepciji (izdat {date})</translation>
    </message>
    <message>
      <source>Not issued yet</source>
      <translation>Još nije izdat</translation>
    </message>
    <message>
      <source>Planned completion</source>
      <translation>Planirani završetak</translation>
    </message>
    <message>
      <source>Not set yet</source>
      <translation>Još nije određen</translation>
    </message>
    <message>
      <source>Specimens received</source>
      <translation>Primljeni uzorci</translation>
    </message>
    <message>
      <source>Specimens tested</source>
      <translation>Ispitani uzorci</translation>
    </message>
    <message>
      <source>Test report</source>
      <translation>Izveštaj o ispitivanju</translation>
    </message>
  </context>
  <context>
    <name>LoginDialog</name>
    <message>
      <source>Sign in — ITC Lab</source>
      <translation>Prijava — ITC Lab</translation>
    </message>
    <message>
      <source>&amp;Username:</source>
      <translation>&amp;Korisničko ime:</translation>
    </message>
    <message>
      <source>&amp;Password:</source>
      <translation>&amp;Lozinka:</translation>
    </message>
    <message>
      <source>Sign in</source>
      <translation>Prijavi se</translation>
    </message>
    <message>
      <source>&lt;b&gt;ITC Lab&lt;/b&gt; — sign in to continue</source>
      <translation>&lt;b&gt;ITC Lab&lt;/b&gt; — prijavite se da biste nastavili</translation>
    </message>
    <message>
      <source>Demo accounts (click one to fill in)</source>
      <translation>Demo nalozi (kliknite na jedan da popunite polja)</translation>
    </message>
    <message>
      <source>Username</source>
      <translation>Korisničko ime</translation>
    </message>
    <message>
      <source>Role</source>
      <translation>Uloga</translation>
    </message>
    <message>
      <source>Password</source>
      <translation>Lozinka</translation>
    </message>
  </context>
  <context>
    <name>FirstAdminDialog</name>
    <message>
      <source>Create the first administrator — ITC Lab</source>
      <translation>Kreiranje prvog administratora — ITC Lab</translation>
    </message>
    <message>
      <source>This database has no users yet. Create the administrator account; the administrator then adds the other users on the Admin page.</source>
      <translation>Ova baza podataka još nema korisnika. Kreirajte administratorski nalog; administrator zatim dodaje ostale korisnike na stranici Administracija.</translation>
    </message>
    <message>
      <source>&amp;Username:</source>
      <translation>&amp;Korisničko ime:</translation>
    </message>
    <message>
      <source>&amp;Full name:</source>
      <translation>&amp;Ime i prezime:</translation>
    </message>
    <message>
      <source>&amp;E-mail (optional):</source>
      <translation>&amp;E-pošta (opciono):</translation>
    </message>
    <message>
      <source>&amp;Password:</source>
      <translation>&amp;Lozinka:</translation>
    </message>
    <message>
      <source>&amp;Repeat password:</source>
      <translation>&amp;Ponovite lozinku:</translation>
    </message>
    <message>
      <source>Create and sign in</source>
      <translation>Kreiraj i prijavi se</translation>
    </message>
    <message>
      <source>Username: required</source>
      <translation>Korisničko ime: obavezno</translation>
    </message>
    <message>
      <source>Full name: required</source>
      <translation>Ime i prezime: obavezno</translation>
    </message>
  </context>
  <context>
    <name>AboutDialog</name>
    <message>
      <source>About ITC Lab</source>
      <translation>O programu ITC Lab</translation>
    </message>
    <message>
      <source>&lt;b&gt;ITC Lab&lt;/b&gt; {version}</source>
      <translation>&lt;b&gt;ITC Lab&lt;/b&gt; {version}</translation>
    </message>
    <message>
      <source>Equipment, bookings, jobs, test results and reports of the center.</source>
      <translation>Oprema, rezervacije, poslovi, rezultati ispitivanja i izveštaji centra.</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <source>ITC Lab — {center}</source>
      <translation>ITC Lab — {center}</translation>
    </message>
    <message>
      <source>&amp;File</source>
      <translation>&amp;Datoteka</translation>
    </message>
    <message>
      <source>Sign &amp;out</source>
      <translation>&amp;Odjava</translation>
    </message>
    <message>
      <source>&amp;Quit</source>
      <translation>&amp;Izlaz</translation>
    </message>
    <message>
      <source>&amp;Go</source>
      <translation>&amp;Idi</translation>
    </message>
    <message>
      <source>&amp;Language</source>
      <translation>&amp;Jezik</translation>
    </message>
    <message>
      <source>&amp;Help</source>
      <translation>&amp;Pomoć</translation>
    </message>
    <message>
      <source>&amp;About ITC Lab</source>
      <translation>&amp;O programu ITC Lab</translation>
    </message>
    <message>
      <source>Database: {location}</source>
      <translation>Baza podataka: {location}</translation>
    </message>
    <message>
      <source>Signed in: {name} ({username}, {role})</source>
      <translation>Prijavljeni korisnik: {name} ({username}, {role})</translation>
    </message>
    <message>
      <source>Reconnecting to the database…</source>
      <translation>Ponovno povezivanje sa bazom podataka…</translation>
    </message>
    <message>
      <source>Connected to the database again.</source>
      <translation>Veza sa bazom podataka je ponovo uspostavljena.</translation>
    </message>
  </context>
  <context>
    <name>AuditTableModel</name>
    <message>
      <source>Time</source>
      <translation>Vreme</translation>
    </message>
    <message>
      <source>User</source>
      <translation>Korisnik</translation>
    </message>
    <message>
      <source>Table</source>
      <translation>Tabela</translation>
    </message>
    <message>
      <source>Row</source>
      <translation>Red</translation>
    </message>
    <message>
      <source>Action</source>
      <translation>Radnja</translation>
    </message>
    <message>
      <source>Changes</source>
      <translation>Izmene</translation>
    </message>
    <message>
      <source>(system)</source>
      <translation>(sistem)</translation>
    </message>
  </context>
  <context>
    <name>BookingsTableModel</name>
    <message>
      <source>Confirmed</source>
      <translation>Potvrđena</translation>
    </message>
    <message>
      <source>Cancelled</source>
      <translation>Otkazana</translation>
    </message>
    <message>
      <source>Completed</source>
      <translation>Završena</translation>
    </message>
    <message>
      <source>No-show</source>
      <translation>Nedolazak</translation>
    </message>
    <message>
      <source>Start</source>
      <translation>Početak</translation>
    </message>
    <message>
      <source>End</source>
      <translation>Kraj</translation>
    </message>
    <message>
      <source>Equipment</source>
      <translation>Oprema</translation>
    </message>
    <message>
      <source>Booked for</source>
      <translation>Rezervisano za</translation>
    </message>
    <message>
      <source>Job</source>
      <translation>Posao</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <source>Purpose / reason</source>
      <translation>Svrha / razlog</translation>
    </message>
  </context>
  <context>
    <name>companies</name>
    <message>
      <source>Hungary</source>
      <translation>Mađarska</translation>
    </message>
    <message>
      <source>Serbia</source>
      <translation>Srbija</translation>
    </message>
    <message>
      <source>Other</source>
      <translation>Ostalo</translation>
    </message>
  </context>
  <context>
    <name>CompaniesTableModel</name>
    <message>
      <source>Name</source>
      <translation>Naziv</translation>
    </message>
    <message>
      <source>Country</source>
      <translation>Država</translation>
    </message>
    <message>
      <source>Tax number</source>
      <translation>PIB</translation>
    </message>
    <message>
      <source>Currency</source>
      <translation>Valuta</translation>
    </message>
  </context>
  <context>
    <name />
    <message>
      <source>(inactive)</source>
      <translation>(neaktivan)</translation>
    </message>
  </context>
  <context>
    <name>ContactsTableModel</name>
    <message>
      <source>Name</source>
      <translation>Ime</translation>
    </message>
    <message>
      <source>Role</source>
      <translation>Funkcija</translation>
    </message>
    <message>
      <source>E-mail</source>
      <translation>E-pošta</translation>
    </message>
    <message>
      <source>Phone</source>
      <translation>Telefon</translation>
    </message>
  </context>
  <context>
    <name>EquipmentTableModel</name>
    <message>
      <source>until {date}</source>
      <translation>do {date}</translation>
    </message>
    <message>
      <source>due {date}</source>
      <translation>rok: {date}</translation>
    </message>
    <message>
      <source>failed</source>
      <translation>neuspešna</translation>
    </message>
    <message>
      <source>not calibrated</source>
      <translation>nije kalibrisano</translation>
    </message>
    <message>
      <source>expired {date}</source>
      <translation>istekla {date}</translation>
    </message>
    <message>
      <source>Asset tag</source>
      <translation>Inventarska oznaka</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>Naziv</translation>
    </message>
    <message>
      <source>Category</source>
      <translation>Kategorija</translation>
    </message>
    <message>
      <source>Location</source>
      <translation>Lokacija</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <source>Calibration</source>
      <translation>Kalibracija</translation>
    </message>
    <message>
      <source>In use by {name}</source>
      <translation>Koristi: {name}</translation>
    </message>
  </context>
  <context>
    <name>JobsTableModel</name>
    <message>
      <source>Low</source>
      <translation>Nizak</translation>
    </message>
    <message>
      <source>Normal</source>
      <translation>Normalan</translation>
    </message>
    <message>
      <source>High</source>
      <translation>Visok</translation>
    </message>
    <message>
      <source>Urgent</source>
      <translation>Hitan</translation>
    </message>
    <message>
      <source>Reference</source>
      <translation>Broj naloga</translation>
    </message>
    <message>
      <source>Title</source>
      <translation>Naziv</translation>
    </message>
    <message>
      <source>Company</source>
      <translation>Firma</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <source>Priority</source>
      <translation>Prioritet</translation>
    </message>
    <message>
      <source>Due</source>
      <translation>Rok</translation>
    </message>
    <message>
      <source>Technician</source>
      <translation>Tehničar</translation>
    </message>
    <message>
      <source>Quoted</source>
      <translation>Ponuđena cena</translation>
    </message>
    <message>
      <source>Overdue: the due date has passed</source>
      <translation>Kasni: rok je istekao</translation>
    </message>
  </context>
  <context>
    <name>TimelineModel</name>
    <message>
      <source>When</source>
      <translation>Kada</translation>
    </message>
    <message>
      <source>Who</source>
      <translation>Ko</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <source>Internal note</source>
      <translation>Interna napomena</translation>
    </message>
    <message>
      <source>Kiosk</source>
      <translation>Kiosk</translation>
    </message>
    <message>
      <source>Public note</source>
      <translation>Javna napomena</translation>
    </message>
    <message>
      <source>Shown to the customer at the kiosk</source>
      <translation>Prikazuje se klijentu na kiosku</translation>
    </message>
    <message>
      <source>(system)</source>
      <translation>(sistem)</translation>
    </message>
    <message>
      <source>public</source>
      <translation>javno</translation>
    </message>
  </context>
  <context>
    <name>ResultTexts</name>
    <message>
      <source>rev. {n}</source>
      <translation>rev. {n}</translation>
    </message>
    <message>
      <source>superseded</source>
      <translation>zamenjen</translation>
    </message>
    <message>
      <source>pass</source>
      <translation>zadovoljava</translation>
    </message>
    <message>
      <source>fail</source>
      <translation>ne zadovoljava</translation>
    </message>
    <message>
      <source>inconclusive</source>
      <translation>neodređeno</translation>
    </message>
    <message>
      <source>guard band</source>
      <translation>zaštitni pojas</translation>
    </message>
    <message>
      <source>simple acceptance</source>
      <translation>jednostavno prihvatanje</translation>
    </message>
    <message>
      <source>Guard band (ISO 14253-1): pass inside [LSL + U, USL − U], fail outside [LSL − U, USL + U], inconclusive between</source>
      <translation>Zaštitni pojas (ISO 14253-1): unutar [LSL + U, USL − U] zadovoljava, izvan [LSL − U, USL + U] ne zadovoljava, između neodređeno</translation>
    </message>
    <message>
      <source>Simple acceptance: pass inside the limits (on a limit passes), else fail</source>
      <translation>Jednostavno prihvatanje: unutar granica zadovoljava (vrednost na granici zadovoljava), inače ne zadovoljava</translation>
    </message>
  </context>
  <context>
    <name>ResultsTableModel</name>
    <message>
      <source>Job</source>
      <translation>Posao</translation>
    </message>
    <message>
      <source>Specimen</source>
      <translation>Uzorak</translation>
    </message>
    <message>
      <source>Test</source>
      <translation>Ispitivanje</translation>
    </message>
    <message>
      <source>Method</source>
      <translation>Metoda</translation>
    </message>
    <message>
      <source>Instrument</source>
      <translation>Merni instrument</translation>
    </message>
    <message>
      <source>Performed</source>
      <translation>Izvršeno</translation>
    </message>
    <message>
      <source>By</source>
      <translation>Izvršio</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <source>Outcome</source>
      <translation>Ishod</translation>
    </message>
    <message>
      <source>No limits: nothing was judged</source>
      <translation>Nema granica: ništa nije ocenjeno</translation>
    </message>
    <message>
      <source>A later revision replaces this record</source>
      <translation>Kasnija revizija zamenjuje ovaj zapis</translation>
    </message>
  </context>
  <context>
    <name>ValuesTableModel</name>
    <message>
      <source>Quantity</source>
      <translation>Veličina</translation>
    </message>
    <message>
      <source>Item</source>
      <translation>Stavka</translation>
    </message>
    <message>
      <source>Value</source>
      <translation>Vrednost</translation>
    </message>
    <message>
      <source>Unit</source>
      <translation>Jedinica</translation>
    </message>
    <message>
      <source>Limits</source>
      <translation>Granice</translation>
    </message>
    <message>
      <source>U</source>
      <translation>U</translation>
    </message>
    <message>
      <source>Rule</source>
      <translation>Pravilo</translation>
    </message>
    <message>
      <source>Decision</source>
      <translation>Odluka</translation>
    </message>
    <message>
      <source>Expanded uncertainty U (coverage factor k = 2 unless given)</source>
      <translation>Proširena merna nesigurnost U (faktor obuhvata k = 2 ako nije drugačije navedeno)</translation>
    </message>
  </context>
  <context>
    <name>UsersTableModel</name>
    <message>
      <source>Username</source>
      <translation>Korisničko ime</translation>
    </message>
    <message>
      <source>Full name</source>
      <translation>Ime i prezime</translation>
    </message>
    <message>
      <source>Role</source>
      <translation>Uloga</translation>
    </message>
    <message>
      <source>E-mail</source>
      <translation>E-pošta</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Status</translation>
    </message>
  </context>
  <context>
    <name>AccountPage</name>
    <message>
      <source>&lt;h2&gt;My account&lt;/h2&gt;</source>
      <translation>&lt;h2&gt;Moj nalog&lt;/h2&gt;</translation>
    </message>
    <message>
      <source>Account</source>
      <translation>Nalog</translation>
    </message>
    <message>
      <source>(none)</source>
      <translation>(nema)</translation>
    </message>
    <message>
      <source>Full name:</source>
      <translation>Ime i prezime:</translation>
    </message>
    <message>
      <source>Username:</source>
      <translation>Korisničko ime:</translation>
    </message>
    <message>
      <source>Role:</source>
      <translation>Uloga:</translation>
    </message>
    <message>
      <source>E-mail:</source>
      <translation>E-pošta:</translation>
    </message>
    <message>
      <source>Language:</source>
      <translation>Jezik:</translation>
    </message>
    <message>
      <source>Change my password</source>
      <translation>Promena moje lozinke</translation>
    </message>
    <message>
      <source>Change password</source>
      <translation>Promeni lozinku</translation>
    </message>
    <message>
      <source>Current password:</source>
      <translation>Trenutna lozinka:</translation>
    </message>
    <message>
      <source>New password:</source>
      <translation>Nova lozinka:</translation>
    </message>
    <message>
      <source>Repeat new password:</source>
      <translation>Ponovite novu lozinku:</translation>
    </message>
    <message>
      <source>Current password: required</source>
      <translation>Trenutna lozinka: obavezno</translation>
    </message>
    <message>
      <source>Your password was changed.</source>
      <translation>Vaša lozinka je promenjena.</translation>
    </message>
  </context>
  <context>
    <name>AdminPage</name>
    <message>
      <source>&amp;Users</source>
      <translation>&amp;Korisnici</translation>
    </message>
    <message>
      <source>Audit &amp;trail</source>
      <translation>&amp;Revizorski trag</translation>
    </message>
    <message>
      <source>&amp;Settings</source>
      <translation>&amp;Podešavanja</translation>
    </message>
    <message>
      <source>&amp;Lab rules</source>
      <translation>Pravila &amp;laboratorije</translation>
    </message>
    <message>
      <source>&amp;Backups</source>
      <translation>&amp;Rezervne kopije</translation>
    </message>
    <message>
      <source>&lt;h2&gt;Administration&lt;/h2&gt;</source>
      <translation>&lt;h2&gt;Administracija&lt;/h2&gt;</translation>
    </message>
  </context>
  <context>
    <name>AuditTab</name>
    <message>
      <source>any user</source>
      <translation>bilo koji korisnik</translation>
    </message>
    <message>
      <source>From</source>
      <translation>Od</translation>
    </message>
    <message>
      <source>to</source>
      <translation>do</translation>
    </message>
    <message>
      <source>&amp;Verify audit trail</source>
      <translation>&amp;Proveri revizorski trag</translation>
    </message>
    <message>
      <source>Table:</source>
      <translation>Tabela:</translation>
    </message>
    <message>
      <source>User:</source>
      <translation>Korisnik:</translation>
    </message>
    <message>
      <source>All tables</source>
      <translation>Sve tabele</translation>
    </message>
    <message>
      <source>Period: the first day is after the last day</source>
      <translation>Period: prvi dan je posle poslednjeg</translation>
    </message>
    <message>
      <source>Verifying the audit trail…</source>
      <translation>Provera revizorskog traga…</translation>
    </message>
    <message>
      <source>&amp;Verify chain</source>
      <translation type="vanished">&amp;Proveri lanac</translation>
    </message>
    <message>
      <source>Verifying the audit chain…</source>
      <translation type="vanished">Provera lanca revizorskog traga…</translation>
    </message>
  </context>
  <context>
    <name>BackupsTab</name>
    <message>
      <source>Taken</source>
      <translation>Napravljena</translation>
    </message>
    <message>
      <source>Size</source>
      <translation>Veličina</translation>
    </message>
    <message>
      <source>&amp;Back up now</source>
      <translation>&amp;Napravi kopiju sada</translation>
    </message>
    <message>
      <source>&amp;Restore…</source>
      <translation>&amp;Vrati…</translation>
    </message>
    <message>
      <source>This database is on a server: back it up there with pg_dump (itc-desktop db backup --out FILE on a PC with the PostgreSQL client tools) and restore it with pg_restore; see the README.</source>
      <translation>Ova baza je na serveru: pravite kopiju tamo pomoću pg_dump (itc-desktop db backup --out DATOTEKA na računaru sa klijentskim alatima PostgreSQL-a) i vraćajte je pomoću pg_restore; vidi README.</translation>
    </message>
    <message>
      <source>Automatic backups are turned off (ITC_BACKUP_HOURS=0).</source>
      <translation>Automatske rezervne kopije su isključene (ITC_BACKUP_HOURS=0).</translation>
    </message>
    <message>
      <source>A backup is made when the program starts and the newest one is older than {hours} h.</source>
      <translation>Rezervna kopija se pravi kad se program pokrene, a najnovija je starija od {hours} h.</translation>
    </message>
    <message>
      <source>Kept: the newest of each of the last 7 days, 4 weeks and 12 months. Folder: {folder}</source>
      <translation>Čuva se: najnovija kopija za svaki od poslednjih 7 dana, 4 nedelje i 12 meseci. Fascikla: {folder}</translation>
    </message>
    <message>
      <source>Making a backup…</source>
      <translation>Pravi se rezervna kopija…</translation>
    </message>
    <message>
      <source>Backup made: {path}</source>
      <translation>Rezervna kopija napravljena: {path}</translation>
    </message>
    <message>
      <source>Restore the database from a backup</source>
      <translation>Vraćanje baze iz rezervne kopije</translation>
    </message>
    <message>
      <source>ITC Lab databases (*.sqlite *.db);;All files (*)</source>
      <translation>ITC Lab baze (*.sqlite *.db);;Sve datoteke (*)</translation>
    </message>
    <message>
      <source>Restore from a backup</source>
      <translation>Vraćanje iz rezervne kopije</translation>
    </message>
    <message>
      <source>Replace the database with the backup {file}?

The backup is checked first (integrity, version, audit trail). The database as it is now is kept beside it. ITC Lab then closes; start it again to work on the restored database.</source>
      <translation>Zameniti bazu rezervnom kopijom {file}?

Kopija se prvo proverava (ispravnost, verzija, revizorski trag). Baza kakva je sada čuva se pored nje. ITC Lab se zatim zatvara; pokrenite ga ponovo da radite na vraćenoj bazi.</translation>
    </message>
    <message>
      <source>Database restored</source>
      <translation>Baza vraćena</translation>
    </message>
    <message>
      <source>The database was restored from {file}.
The replaced database is kept at {kept}.

ITC Lab closes now; start it again.</source>
      <translation>Baza je vraćena iz {file}.
Zamenjena baza je sačuvana u {kept}.

ITC Lab se sada zatvara; pokrenite ga ponovo.</translation>
    </message>
    <message>
      <source>Checking the backup…</source>
      <translation>Provera rezervne kopije…</translation>
    </message>
    <message>
      <source>Restored from {file}. ITC Lab closes now.</source>
      <translation>Vraćeno iz {file}. ITC Lab se sada zatvara.</translation>
    </message>
  </context>
  <context>
    <name>CreateUserDialog</name>
    <message>
      <source>New user</source>
      <translation>Novi korisnik</translation>
    </message>
    <message>
      <source>&amp;Username:</source>
      <translation>&amp;Korisničko ime:</translation>
    </message>
    <message>
      <source>&amp;Full name:</source>
      <translation>&amp;Ime i prezime:</translation>
    </message>
    <message>
      <source>&amp;E-mail:</source>
      <translation>&amp;E-pošta:</translation>
    </message>
    <message>
      <source>&amp;Role:</source>
      <translation>&amp;Uloga:</translation>
    </message>
    <message>
      <source>&amp;Password:</source>
      <translation>&amp;Lozinka:</translation>
    </message>
    <message>
      <source>Re&amp;peat password:</source>
      <translation>&amp;Ponovite lozinku:</translation>
    </message>
    <message>
      <source>Create user</source>
      <translation>Kreiraj korisnika</translation>
    </message>
    <message>
      <source>Username: required</source>
      <translation>Korisničko ime: obavezno</translation>
    </message>
    <message>
      <source>Full name: required</source>
      <translation>Ime i prezime: obavezno</translation>
    </message>
  </context>
  <context>
    <name>RoleDialog</name>
    <message>
      <source>Change role</source>
      <translation>Promena uloge</translation>
    </message>
    <message>
      <source>Role of {name} ({username}):</source>
      <translation>Uloga korisnika {name} ({username}):</translation>
    </message>
    <message>
      <source>&amp;Role:</source>
      <translation>&amp;Uloga:</translation>
    </message>
  </context>
  <context>
    <name>ResetPasswordDialog</name>
    <message>
      <source>Reset password</source>
      <translation>Resetovanje lozinke</translation>
    </message>
    <message>
      <source>New password for {name} ({username}):</source>
      <translation>Nova lozinka za korisnika {name} ({username}):</translation>
    </message>
    <message>
      <source>&amp;New password:</source>
      <translation>&amp;Nova lozinka:</translation>
    </message>
    <message>
      <source>Re&amp;peat password:</source>
      <translation>&amp;Ponovite lozinku:</translation>
    </message>
  </context>
  <context>
    <name>DayRow</name>
    <message>
      <source>Open</source>
      <translation>Otvoreno</translation>
    </message>
    <message>
      <source>00:00 means open until midnight</source>
      <translation>00:00 znači otvoreno do ponoći</translation>
    </message>
  </context>
  <context>
    <name>LabRulesTab</name>
    <message>
      <source>Calibration due soon</source>
      <translation>Kalibracija uskoro ističe</translation>
    </message>
    <message>
      <source>Maintenance due soon</source>
      <translation>Održavanje uskoro predstoji</translation>
    </message>
    <message>
      <source>Usage session forgotten after</source>
      <translation>Sesija korišćenja se smatra zaboravljenom posle</translation>
    </message>
    <message>
      <source>No-show after</source>
      <translation>Nedolazak posle</translation>
    </message>
    <message>
      <source>Sa&amp;ve lab rules</source>
      <translation>&amp;Sačuvaj pravila laboratorije</translation>
    </message>
    <message>
      <source>Equipment</source>
      <translation>Oprema</translation>
    </message>
    <message>
      <source>&amp;Calibration due soon:</source>
      <translation>&amp;Kalibracija uskoro ističe:</translation>
    </message>
    <message>
      <source>days before it expires</source>
      <translation>dana pre isteka</translation>
    </message>
    <message>
      <source>&amp;Maintenance due soon:</source>
      <translation>&amp;Održavanje uskoro predstoji:</translation>
    </message>
    <message>
      <source>days before the planned date</source>
      <translation>dana pre planiranog datuma</translation>
    </message>
    <message>
      <source>Usage session &amp;forgotten after:</source>
      <translation>Sesija korišćenja se smatra &amp;zaboravljenom posle:</translation>
    </message>
    <message>
      <source>hours running</source>
      <translation>sati rada</translation>
    </message>
    <message>
      <source>Bookings</source>
      <translation>Rezervacije</translation>
    </message>
    <message>
      <source>&lt;b&gt;Opening hours&lt;/b&gt;</source>
      <translation>&lt;b&gt;Radno vreme&lt;/b&gt;</translation>
    </message>
    <message>
      <source>From</source>
      <translation>Od</translation>
    </message>
    <message>
      <source>To</source>
      <translation>Do</translation>
    </message>
    <message>
      <source>&amp;No-show after:</source>
      <translation>&amp;Nedolazak posle:</translation>
    </message>
    <message>
      <source>minutes without use after the start</source>
      <translation>minuta bez korišćenja nakon početka</translation>
    </message>
    <message>
      <source>Only administrators change the lab rules.</source>
      <translation>Samo administratori menjaju pravila laboratorije.</translation>
    </message>
    <message>
      <source>{field}: a whole number from {lowest} to {highest}</source>
      <translation>{field}: ceo broj od {lowest} do {highest}</translation>
    </message>
    <message>
      <source>{day}: the closing time is not after the opening time</source>
      <translation>{day}: vreme zatvaranja nije posle vremena otvaranja</translation>
    </message>
    <message>
      <source>Lab rules saved.</source>
      <translation>Pravila laboratorije su sačuvana.</translation>
    </message>
    <message>
      <source>Monday</source>
      <translation type="vanished">Ponedeljak</translation>
    </message>
    <message>
      <source>Tuesday</source>
      <translation type="vanished">Utorak</translation>
    </message>
    <message>
      <source>Wednesday</source>
      <translation type="vanished">Sreda</translation>
    </message>
    <message>
      <source>Thursday</source>
      <translation type="vanished">Četvrtak</translation>
    </message>
    <message>
      <source>Friday</source>
      <translation type="vanished">Petak</translation>
    </message>
    <message>
      <source>Saturday</source>
      <translation type="vanished">Subota</translation>
    </message>
    <message>
      <source>Sunday</source>
      <translation type="vanished">Nedelja</translation>
    </message>
  </context>
  <context>
    <name>SettingsTab</name>
    <message>
      <source>Choose PNG…</source>
      <translation>Izaberi PNG…</translation>
    </message>
    <message>
      <source>Use the default logo</source>
      <translation>Koristi podrazumevani logo</translation>
    </message>
    <message>
      <source>&amp;Save settings</source>
      <translation>&amp;Sačuvaj podešavanja</translation>
    </message>
    <message>
      <source>Center &amp;name:</source>
      <translation>&amp;Naziv centra:</translation>
    </message>
    <message>
      <source>&amp;Address:</source>
      <translation>&amp;Adresa:</translation>
    </message>
    <message>
      <source>Logo:</source>
      <translation>Logo:</translation>
    </message>
    <message>
      <source>Default &amp;currency:</source>
      <translation>Podrazumevana &amp;valuta:</translation>
    </message>
    <message>
      <source>&amp;Time zone:</source>
      <translation>Vremenska &amp;zona:</translation>
    </message>
    <message>
      <source>Only administrators change these settings.</source>
      <translation>Samo administratori menjaju ova podešavanja.</translation>
    </message>
    <message>
      <source>The default logo</source>
      <translation>Podrazumevani logo</translation>
    </message>
    <message>
      <source>The center's own logo</source>
      <translation>Sopstveni logo centra</translation>
    </message>
    <message>
      <source>Logo: cannot read the file ({error})</source>
      <translation>Logo: datoteka ne može da se pročita ({error})</translation>
    </message>
    <message>
      <source>Logo: the file is not a PNG image</source>
      <translation>Logo: datoteka nije PNG slika</translation>
    </message>
    <message>
      <source>Logo: larger than {kb} KB</source>
      <translation>Logo: veće od {kb} KB</translation>
    </message>
    <message>
      <source>Choose the center's logo</source>
      <translation>Izaberite logo centra</translation>
    </message>
    <message>
      <source>PNG images (*.png)</source>
      <translation>PNG slike (*.png)</translation>
    </message>
    <message>
      <source>Settings saved.</source>
      <translation>Podešavanja su sačuvana.</translation>
    </message>
  </context>
  <context>
    <name>UsersTab</name>
    <message>
      <source>&amp;New user…</source>
      <translation>&amp;Novi korisnik…</translation>
    </message>
    <message>
      <source>Change &amp;role…</source>
      <translation>Promeni &amp;ulogu…</translation>
    </message>
    <message>
      <source>Reset &amp;password…</source>
      <translation>Resetuj &amp;lozinku…</translation>
    </message>
    <message>
      <source>&amp;Deactivate</source>
      <translation>&amp;Deaktiviraj</translation>
    </message>
    <message>
      <source>&amp;Activate</source>
      <translation>&amp;Aktiviraj</translation>
    </message>
  </context>
  <context>
    <name>BookingForm</name>
    <message>
      <source>No job</source>
      <translation>Bez posla</translation>
    </message>
    <message>
      <source>only to accept less notice or a longer booking</source>
      <translation>samo za prihvatanje kraće najave ili duže rezervacije</translation>
    </message>
    <message>
      <source>&amp;Equipment</source>
      <translation>&amp;Oprema</translation>
    </message>
    <message>
      <source>Booked &amp;for</source>
      <translation>Rezervisano &amp;za</translation>
    </message>
    <message>
      <source>&amp;Start</source>
      <translation>&amp;Početak</translation>
    </message>
    <message>
      <source>E&amp;nd</source>
      <translation>&amp;Kraj</translation>
    </message>
    <message>
      <source>&amp;Job</source>
      <translation>Po&amp;sao</translation>
    </message>
    <message>
      <source>S&amp;tep</source>
      <translation>Kor&amp;ak</translation>
    </message>
    <message>
      <source>&amp;Purpose</source>
      <translation>Svr&amp;ha</translation>
    </message>
    <message>
      <source>Override reason</source>
      <translation>Razlog odobrenja izuzetka</translation>
    </message>
    <message>
      <source>&amp;Repeat…</source>
      <translation>Po&amp;navljanje…</translation>
    </message>
    <message>
      <source>— no step —</source>
      <translation>— bez koraka —</translation>
    </message>
    <message>
      <source>The slot is free.</source>
      <translation>Termin je slobodan.</translation>
    </message>
    <message>
      <source>End must be after the start.</source>
      <translation>Kraj mora biti posle početka.</translation>
    </message>
  </context>
  <context>
    <name>RecurrenceDialog</name>
    <message>
      <source>Repeat booking</source>
      <translation>Ponavljanje rezervacije</translation>
    </message>
    <message>
      <source>Weekly</source>
      <translation>Nedeljno</translation>
    </message>
    <message>
      <source>Daily</source>
      <translation>Dnevno</translation>
    </message>
    <message>
      <source>Mon</source>
      <translation>Pon</translation>
    </message>
    <message>
      <source>Tue</source>
      <translation>Uto</translation>
    </message>
    <message>
      <source>Wed</source>
      <translation>Sre</translation>
    </message>
    <message>
      <source>Thu</source>
      <translation>Čet</translation>
    </message>
    <message>
      <source>Fri</source>
      <translation>Pet</translation>
    </message>
    <message>
      <source>Sat</source>
      <translation>Sub</translation>
    </message>
    <message>
      <source>Sun</source>
      <translation>Ned</translation>
    </message>
    <message>
      <source>&amp;Occurrences</source>
      <translation>&amp;Broj termina</translation>
    </message>
    <message>
      <source>&amp;Until</source>
      <translation>&amp;Do datuma</translation>
    </message>
    <message>
      <source>Repeat</source>
      <translation>Ponavljanje</translation>
    </message>
    <message>
      <source>Every (days / weeks)</source>
      <translation>Svakih (dana / nedelja)</translation>
    </message>
    <message>
      <source>On</source>
      <translation>Danima</translation>
    </message>
    <message>
      <source>Ends</source>
      <translation>Završava se</translation>
    </message>
    <message>
      <source>&amp;Preview</source>
      <translation>&amp;Pregled</translation>
    </message>
    <message>
      <source>Preview the occurrences before saving.</source>
      <translation>Pregledajte termine pre čuvanja.</translation>
    </message>
    <message>
      <source>{0} — skip: {1}</source>
      <translation>{0} — preskače se: {1}</translation>
    </message>
    <message>
      <source>No occurrence: check the rule.</source>
      <translation>Nema nijednog termina: proverite pravilo.</translation>
    </message>
    <message>
      <source>{0} conflicting occurrence(s) are not skipped: tick them to skip.</source>
      <translation>Termini u konfliktu koji nisu preskočeni: {0}. Označite ih da biste ih preskočili.</translation>
    </message>
    <message>
      <source>{0} occurrence(s) will be booked, {1} skipped.</source>
      <translation>Biće rezervisano termina: {0}, preskočeno: {1}.</translation>
    </message>
  </context>
  <context>
    <name>FreeSlotDialog</name>
    <message>
      <source>Find a free slot</source>
      <translation>Pronalaženje slobodnog termina</translation>
    </message>
    <message>
      <source>Any in the category</source>
      <translation>Bilo koja u kategoriji</translation>
    </message>
    <message>
      <source>Any category</source>
      <translation>Bilo koja kategorija</translation>
    </message>
    <message>
      <source> h</source>
      <translation> h</translation>
    </message>
    <message>
      <source> min</source>
      <translation> min</translation>
    </message>
    <message>
      <source>&amp;Equipment</source>
      <translation>&amp;Oprema</translation>
    </message>
    <message>
      <source>&amp;Category</source>
      <translation>&amp;Kategorija</translation>
    </message>
    <message>
      <source>&amp;Duration</source>
      <translation>&amp;Trajanje</translation>
    </message>
    <message>
      <source>Earliest &amp;start</source>
      <translation>&amp;Najraniji početak</translation>
    </message>
    <message>
      <source>&amp;Search</source>
      <translation>&amp;Pretraži</translation>
    </message>
    <message>
      <source>&amp;Book this slot</source>
      <translation>&amp;Rezerviši ovaj termin</translation>
    </message>
    <message>
      <source>{0} free slot(s).</source>
      <translation>Slobodnih termina: {0}.</translation>
    </message>
    <message>
      <source>No free slot found.</source>
      <translation>Nije pronađen slobodan termin.</translation>
    </message>
  </context>
  <context>
    <name>CancelDialog</name>
    <message>
      <source>Cancel booking</source>
      <translation>Otkazivanje rezervacije</translation>
    </message>
    <message>
      <source>why the booking is cancelled</source>
      <translation>zašto se rezervacija otkazuje</translation>
    </message>
    <message>
      <source>Cancel &amp;booking</source>
      <translation>&amp;Otkaži rezervaciju</translation>
    </message>
    <message>
      <source>&amp;Reason</source>
      <translation>&amp;Razlog</translation>
    </message>
  </context>
  <context>
    <name>MaintenanceWindowDialog</name>
    <message>
      <source>Plan maintenance</source>
      <translation>Planiranje održavanja</translation>
    </message>
    <message>
      <source>what is done, e.g. spindle replacement</source>
      <translation>šta se radi, npr. zamena vretena</translation>
    </message>
    <message>
      <source>&amp;Equipment</source>
      <translation>&amp;Oprema</translation>
    </message>
    <message>
      <source>&amp;Start</source>
      <translation>&amp;Početak</translation>
    </message>
    <message>
      <source>E&amp;nd</source>
      <translation>&amp;Kraj</translation>
    </message>
    <message>
      <source>&amp;Description</source>
      <translation>Op&amp;is</translation>
    </message>
    <message>
      <source>No booking may overlap the window while it is planned.</source>
      <translation>Dok je termin planiran, nijedna rezervacija ne sme da se preklapa sa njim.</translation>
    </message>
  </context>
  <context>
    <name>ScopeDialog</name>
    <message>
      <source>Recurring booking</source>
      <translation>Ponavljajuća rezervacija</translation>
    </message>
    <message>
      <source>&amp;Only this occurrence</source>
      <translation>&amp;Samo ovaj termin</translation>
    </message>
    <message>
      <source>This and &amp;following</source>
      <translation>Ovaj i &amp;naredni</translation>
    </message>
    <message>
      <source>&amp;All occurrences</source>
      <translation>Sv&amp;i termini</translation>
    </message>
  </context>
  <context>
    <name>BookingsPage</name>
    <message>
      <source>Calendar</source>
      <translation>Kalendar</translation>
    </message>
    <message>
      <source>List</source>
      <translation>Lista</translation>
    </message>
    <message>
      <source>Previous (PgUp)</source>
      <translation>Prethodno (PgUp)</translation>
    </message>
    <message>
      <source>&amp;Today</source>
      <translation>&amp;Danas</translation>
    </message>
    <message>
      <source>Next (PgDn)</source>
      <translation>Sledeće (PgDn)</translation>
    </message>
    <message>
      <source>&amp;Day</source>
      <translation>D&amp;an</translation>
    </message>
    <message>
      <source>&amp;Week</source>
      <translation>&amp;Nedelja</translation>
    </message>
    <message>
      <source>All categories</source>
      <translation>Sve kategorije</translation>
    </message>
    <message>
      <source>All equipment</source>
      <translation>Sva oprema</translation>
    </message>
    <message>
      <source>&amp;New booking…</source>
      <translation>Nova &amp;rezervacija…</translation>
    </message>
    <message>
      <source>Find &amp;free slot…</source>
      <translation>Pronađi &amp;slobodan termin…</translation>
    </message>
    <message>
      <source>Plan &amp;maintenance…</source>
      <translation>Planiraj &amp;održavanje…</translation>
    </message>
    <message>
      <source>Change which occurrences?</source>
      <translation>Koje termine menjate?</translation>
    </message>
    <message>
      <source>The change was not made.</source>
      <translation>Izmena nije izvršena.</translation>
    </message>
    <message>
      <source>Change booking</source>
      <translation>Izmena rezervacije</translation>
    </message>
    <message>
      <source>New booking</source>
      <translation>Nova rezervacija</translation>
    </message>
    <message>
      <source>There is no equipment to book.</source>
      <translation>Nema opreme za rezervaciju.</translation>
    </message>
    <message>
      <source>Click a booking (or choose one in the list) to cancel it.</source>
      <translation>Kliknite na rezervaciju (ili je izaberite u listi) da biste je otkazali.</translation>
    </message>
    <message>
      <source>Cancel which occurrences?</source>
      <translation>Koje termine otkazujete?</translation>
    </message>
    <message>
      <source>To export bookings as .ics, choose exactly one equipment, one person or one job in the list's filters.</source>
      <translation>Da biste izvezli rezervacije kao .ics, u filterima liste izaberite tačno jednu opremu, jednu osobu ili jedan posao.</translation>
    </message>
    <message>
      <source>Export bookings</source>
      <translation>Izvoz rezervacija</translation>
    </message>
    <message>
      <source>iCalendar (*.ics)</source>
      <translation>iCalendar (*.ics)</translation>
    </message>
    <message>
      <source>{n} bookings written to {path}.</source>
      <translation>U {path} je upisano rezervacija: {n}.</translation>
    </message>
    <message>
      <source>Cannot write {path}: {reason}</source>
      <translation>Nije moguće upisati {path}: {reason}</translation>
    </message>
    <message>
      <source>The maintenance window overlaps {n} confirmed booking(s) ({ids}); move or cancel them and tell their owners.</source>
      <translation>Termin održavanja se preklapa sa potvrđenim rezervacijama (broj: {n}; {ids}); pomerite ih ili ih otkažite i obavestite njihove vlasnike.</translation>
    </message>
    <message>
      <source>until finished</source>
      <translation>do završetka</translation>
    </message>
    <message>
      <source>Maintenance from {start} to {end}: {what}</source>
      <translation>Održavanje: {start} – {end}: {what}</translation>
    </message>
    <message>
      <source>Cancel maintenance window</source>
      <translation>Otkazivanje termina održavanja</translation>
    </message>
    <message>
      <source>Cancel this maintenance window and free the calendar?</source>
      <translation>Otkazati ovaj termin održavanja i osloboditi kalendar?</translation>
    </message>
  </context>
  <context>
    <name>BookingsListPanel</name>
    <message>
      <source>Any equipment</source>
      <translation>Bilo koja oprema</translation>
    </message>
    <message>
      <source>Anyone</source>
      <translation>Bilo ko</translation>
    </message>
    <message>
      <source>Any job</source>
      <translation>Bilo koji posao</translation>
    </message>
    <message>
      <source>Any status</source>
      <translation>Bilo koji status</translation>
    </message>
    <message>
      <source>From</source>
      <translation>Od</translation>
    </message>
    <message>
      <source>to</source>
      <translation>do</translation>
    </message>
    <message>
      <source>&amp;Cancel booking…</source>
      <translation>Ot&amp;kaži rezervaciju…</translation>
    </message>
    <message>
      <source>Mark &amp;no-show</source>
      <translation>Označi nedo&amp;lazak</translation>
    </message>
    <message>
      <source>&amp;Export .ics…</source>
      <translation>&amp;Izvezi .ics…</translation>
    </message>
    <message>
      <source>Choose one equipment, one person or one job in the filters first.</source>
      <translation>Prvo u filterima izaberite jednu opremu, jednu osobu ili jedan posao.</translation>
    </message>
  </context>
  <context>
    <name>CompaniesPage</name>
    <message>
      <source>Search name or tax number…</source>
      <translation>Pretraga po nazivu ili poreskom broju…</translation>
    </message>
    <message>
      <source>Show inactive</source>
      <translation>Prikaži neaktivne</translation>
    </message>
    <message>
      <source>&amp;New company…</source>
      <translation>&amp;Nova firma…</translation>
    </message>
    <message>
      <source>&amp;Edit company…</source>
      <translation>&amp;Izmeni firmu…</translation>
    </message>
    <message>
      <source>Country:</source>
      <translation>Zemlja:</translation>
    </message>
    <message>
      <source>Tax number:</source>
      <translation>Poreski broj:</translation>
    </message>
    <message>
      <source>Registration no.:</source>
      <translation>Matični broj:</translation>
    </message>
    <message>
      <source>Address:</source>
      <translation>Adresa:</translation>
    </message>
    <message>
      <source>Default currency:</source>
      <translation>Podrazumevana valuta:</translation>
    </message>
    <message>
      <source>NDA:</source>
      <translation>Ugovor o poverljivosti:</translation>
    </message>
    <message>
      <source>Jobs:</source>
      <translation>Poslovi:</translation>
    </message>
    <message>
      <source>Notes:</source>
      <translation>Napomene:</translation>
    </message>
    <message>
      <source>&amp;Add contact…</source>
      <translation>&amp;Dodaj kontakt osobu…</translation>
    </message>
    <message>
      <source>Edit c&amp;ontact…</source>
      <translation>Izmeni &amp;kontakt osobu…</translation>
    </message>
    <message>
      <source>&amp;Remove contact</source>
      <translation>&amp;Ukloni kontakt osobu</translation>
    </message>
    <message>
      <source>Contacts</source>
      <translation>Kontakt osobe</translation>
    </message>
    <message>
      <source>Double-click a job to open it on the Jobs page</source>
      <translation>Dvaput kliknite na posao da biste ga otvorili na stranici Poslovi</translation>
    </message>
    <message>
      <source>Jobs</source>
      <translation>Poslovi</translation>
    </message>
    <message>
      <source>New &amp;job for this company…</source>
      <translation>Novi &amp;posao za ovu firmu…</translation>
    </message>
    <message>
      <source>Choose a company on the left.</source>
      <translation>Izaberite firmu sa leve strane.</translation>
    </message>
    <message>
      <source>1 company</source>
      <translation>1 firma</translation>
    </message>
    <message>
      <source>{n} companies</source>
      <translation>Broj firmi: {n}</translation>
    </message>
    <message>
      <source>signed on {date}</source>
      <translation>potpisan {date}</translation>
    </message>
    <message>
      <source>none</source>
      <translation>nema</translation>
    </message>
    <message>
      <source>{total} in all, {open} open</source>
      <translation>ukupno {total}, otvorenih {open}</translation>
    </message>
    <message>
      <source>Remove contact</source>
      <translation>Uklanjanje kontakt osobe</translation>
    </message>
    <message>
      <source>Remove {name} from the contacts of {company}?</source>
      <translation>Ukloniti osobu {name} iz kontakt osoba firme {company}?</translation>
    </message>
  </context>
  <context>
    <name>CompanyDialog</name>
    <message>
      <source>New company</source>
      <translation>Nova firma</translation>
    </message>
    <message>
      <source>Company</source>
      <translation>Firma</translation>
    </message>
    <message>
      <source>NDA signed on</source>
      <translation>Ugovor o poverljivosti potpisan:</translation>
    </message>
    <message>
      <source>Active (new jobs may be registered)</source>
      <translation>Aktivna (mogu se evidentirati novi poslovi)</translation>
    </message>
    <message>
      <source>&amp;Name:</source>
      <translation>&amp;Naziv:</translation>
    </message>
    <message>
      <source>&amp;Country:</source>
      <translation>&amp;Zemlja:</translation>
    </message>
    <message>
      <source>&amp;Tax number:</source>
      <translation>&amp;Poreski broj:</translation>
    </message>
    <message>
      <source>&amp;Registration no.:</source>
      <translation>&amp;Matični broj:</translation>
    </message>
    <message>
      <source>&amp;Address:</source>
      <translation>&amp;Adresa:</translation>
    </message>
    <message>
      <source>Default c&amp;urrency:</source>
      <translation>Podrazumevana &amp;valuta:</translation>
    </message>
    <message>
      <source>Confidentiality:</source>
      <translation>Poverljivost:</translation>
    </message>
    <message>
      <source>N&amp;otes:</source>
      <translation>Napom&amp;ene:</translation>
    </message>
    <message>
      <source>Name: required</source>
      <translation>Naziv: obavezno</translation>
    </message>
    <message>
      <source>Tax number: {problem}</source>
      <translation>Poreski broj: {problem}</translation>
    </message>
    <message>
      <source>✓ valid, saved as {number}</source>
      <translation>✓ ispravan, sačuvan kao {number}</translation>
    </message>
    <message>
      <source>not checked for this country</source>
      <translation>ne proverava se za ovu zemlju</translation>
    </message>
    <message>
      <source>required for a company in Hungary or Serbia</source>
      <translation>obavezno za firmu u Mađarskoj ili Srbiji</translation>
    </message>
  </context>
  <context>
    <name>ContactDialog</name>
    <message>
      <source>New contact</source>
      <translation>Nova kontakt osoba</translation>
    </message>
    <message>
      <source>Contact</source>
      <translation>Kontakt osoba</translation>
    </message>
    <message>
      <source>Active</source>
      <translation>Aktivan</translation>
    </message>
    <message>
      <source>&amp;Name:</source>
      <translation>&amp;Ime:</translation>
    </message>
    <message>
      <source>&amp;Role:</source>
      <translation>&amp;Funkcija:</translation>
    </message>
    <message>
      <source>&amp;E-mail:</source>
      <translation>&amp;E-pošta:</translation>
    </message>
    <message>
      <source>&amp;Phone:</source>
      <translation>&amp;Telefon:</translation>
    </message>
    <message>
      <source>Name: required</source>
      <translation>Ime: obavezno</translation>
    </message>
    <message>
      <source>E-mail: not an e-mail address</source>
      <translation>E-pošta: nije ispravna adresa e-pošte</translation>
    </message>
    <message>
      <source>Phone: digits, spaces, +, /, (, ), - only</source>
      <translation>Telefon: samo cifre, razmaci, +, /, (, ), -</translation>
    </message>
  </context>
  <context>
    <name>Dashboard</name>
    <message>
      <source>{d} d {h} h</source>
      <translation>{d} d {h} h</translation>
    </message>
    <message>
      <source>{h} h {m:02d} min</source>
      <translation>{h} h {m:02d} min</translation>
    </message>
    <message>
      <source>{m} min</source>
      <translation>{m} min</translation>
    </message>
    <message>
      <source>{n} days overdue</source>
      <translation>kasni {n} dana</translation>
    </message>
    <message>
      <source>{n} h over</source>
      <translation>prekoračeno {n} h</translation>
    </message>
    <message>
      <source>due {date}</source>
      <translation>rok: {date}</translation>
    </message>
    <message>
      <source>{n} h left</source>
      <translation>još {n} h</translation>
    </message>
    <message>
      <source>Started {start}</source>
      <translation>Pokrenuto: {start}</translation>
    </message>
    <message>
      <source>Probably forgotten: a manager can correct the times.</source>
      <translation>Verovatno zaboravljeno: rukovodilac može ispraviti vremena.</translation>
    </message>
    <message>
      <source>Running usage sessions</source>
      <translation>Aktivne sesije korišćenja</translation>
    </message>
    <message>
      <source>{n} probably forgotten</source>
      <translation>verovatno zaboravljenih: {n}</translation>
    </message>
    <message>
      <source>No machine is running.</source>
      <translation>Nijedna mašina ne radi.</translation>
    </message>
    <message>
      <source>Out of calibration</source>
      <translation>Van kalibracije</translation>
    </message>
    <message>
      <source>Every instrument is calibrated.</source>
      <translation>Svi merni instrumenti su kalibrisani.</translation>
    </message>
    <message>
      <source>Calibration due soon</source>
      <translation>Kalibracija uskoro ističe</translation>
    </message>
    <message>
      <source>No calibration ends soon.</source>
      <translation>Nijedna kalibracija ne ističe uskoro.</translation>
    </message>
    <message>
      <source>Maintenance due or overdue</source>
      <translation>Održavanje predstoji ili kasni</translation>
    </message>
    <message>
      <source>No maintenance is due.</source>
      <translation>Nema predstojećeg održavanja.</translation>
    </message>
    <message>
      <source>Out of service</source>
      <translation>Van upotrebe</translation>
    </message>
    <message>
      <source>All equipment is in service.</source>
      <translation>Sva oprema je u upotrebi.</translation>
    </message>
    <message>
      <source>Overdue jobs</source>
      <translation>Poslovi koji kasne</translation>
    </message>
    <message>
      <source>No job is overdue.</source>
      <translation>Nijedan posao ne kasni.</translation>
    </message>
    <message>
      <source>Jobs due this week</source>
      <translation>Poslovi sa rokom ove nedelje</translation>
    </message>
    <message>
      <source>No job is due this week.</source>
      <translation>Nijedan posao nema rok ove nedelje.</translation>
    </message>
    <message>
      <source>Quotes waiting for approval</source>
      <translation>Ponude koje čekaju odobrenje</translation>
    </message>
    <message>
      <source>No quote is waiting.</source>
      <translation>Nijedna ponuda ne čeka odobrenje.</translation>
    </message>
  </context>
  <context>
    <name>DashboardPage</name>
    <message>
      <source>&lt;h2&gt;Dashboard&lt;/h2&gt;</source>
      <translation>&lt;h2&gt;Kontrolna tabla&lt;/h2&gt;</translation>
    </message>
    <message>
      <source>&amp;Refresh</source>
      <translation>&amp;Osveži</translation>
    </message>
    <message>
      <source>Could not refresh: {error}</source>
      <translation>Osvežavanje nije uspelo: {error}</translation>
    </message>
    <message>
      <source>Updated {time}</source>
      <translation>Ažurirano: {time}</translation>
    </message>
  </context>
  <context>
    <name>EquipmentPage</name>
    <message>
      <source>&amp;New…</source>
      <translation>&amp;Novo…</translation>
    </message>
    <message>
      <source>Start use</source>
      <translation>Počni korišćenje</translation>
    </message>
    <message>
      <source>&amp;Import CSV…</source>
      <translation>&amp;Uvezi CSV…</translation>
    </message>
    <message>
      <source>&amp;Export CSV…</source>
      <translation>&amp;Izvezi CSV…</translation>
    </message>
    <message>
      <source>Print &amp;labels…</source>
      <translation>Štampaj na&amp;lepnice…</translation>
    </message>
    <message>
      <source>Refresh</source>
      <translation>Osveži</translation>
    </message>
    <message>
      <source>Search</source>
      <translation>Pretraga</translation>
    </message>
    <message>
      <source>Only managers and admins add equipment.</source>
      <translation>Samo rukovodioci i administratori dodaju opremu.</translation>
    </message>
    <message>
      <source>Search tag, name, serial, location — or scan an asset tag</source>
      <translation>Pretraga po oznaci, nazivu, serijskom broju, lokaciji — ili skenirajte inventarsku oznaku</translation>
    </message>
    <message>
      <source>All categories</source>
      <translation>Sve kategorije</translation>
    </message>
    <message>
      <source>All statuses</source>
      <translation>Svi statusi</translation>
    </message>
    <message>
      <source>Overview</source>
      <translation>Pregled</translation>
    </message>
    <message>
      <source>Calibration</source>
      <translation>Kalibracija</translation>
    </message>
    <message>
      <source>Maintenance</source>
      <translation>Održavanje</translation>
    </message>
    <message>
      <source>Usage</source>
      <translation>Korišćenje</translation>
    </message>
    <message>
      <source>Operators</source>
      <translation>Operateri</translation>
    </message>
    <message>
      <source>Documents</source>
      <translation>Dokumenti</translation>
    </message>
    <message>
      <source>Qualified operators</source>
      <translation>Osposobljeni operateri</translation>
    </message>
    <message>
      <source>&lt;h2&gt;Equipment&lt;/h2&gt;</source>
      <translation>&lt;h2&gt;Oprema&lt;/h2&gt;</translation>
    </message>
    <message numerus="yes">
      <source>%n piece(s) of equipment</source>
      <translation>
        <numerusform>%n kom. opreme</numerusform>
        <numerusform>%n kom. opreme</numerusform>
        <numerusform>%n kom. opreme</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n pieces of equipment selected</source>
      <translation>
        <numerusform>Izabrano: %n kom. opreme</numerusform>
        <numerusform>Izabrano: %n kom. opreme</numerusform>
        <numerusform>Izabrano: %n kom. opreme</numerusform>
      </translation>
    </message>
    <message>
      <source>Select equipment in the list, or scan its asset tag.</source>
      <translation>Izaberite opremu u listi ili skenirajte njenu inventarsku oznaku.</translation>
    </message>
    <message>
      <source>(by {name} since {time})</source>
      <translation>(koristi {name} od {time})</translation>
    </message>
    <message>
      <source>Stop use (F9)</source>
      <translation>Završi korišćenje (F9)</translation>
    </message>
    <message>
      <source>Start use (F9)</source>
      <translation>Počni korišćenje (F9)</translation>
    </message>
    <message>
      <source>No equipment matches “{text}”.</source>
      <translation>Nijedna oprema ne odgovara pojmu „{text}”.</translation>
    </message>
    <message>
      <source>Running since {since}, operator {name}</source>
      <translation>Radi od {since}, operater: {name}</translation>
    </message>
    <message>
      <source>Export equipment</source>
      <translation>Izvoz opreme</translation>
    </message>
    <message>
      <source>Save asset labels</source>
      <translation>Čuvanje nalepnica sa inventarskim oznakama</translation>
    </message>
    <message>
      <source>PDF (*.pdf)</source>
      <translation>PDF (*.pdf)</translation>
    </message>
    <message>
      <source>Saved {path}</source>
      <translation>Sačuvano: {path}</translation>
    </message>
    <message>
      <source>Cannot write {path}: {reason}</source>
      <translation>Nije moguće upisati {path}: {reason}</translation>
    </message>
  </context>
  <context>
    <name>AddCalibrationDialog</name>
    <message>
      <source>Add calibration</source>
      <translation>Dodavanje kalibracije</translation>
    </message>
    <message>
      <source>Accredited calibration laboratory</source>
      <translation>Akreditovana laboratorija za kalibraciju</translation>
    </message>
    <message>
      <source>Pass</source>
      <translation>Zadovoljava</translation>
    </message>
    <message>
      <source>Adjusted, then passed</source>
      <translation>Podešeno, zatim zadovoljava</translation>
    </message>
    <message>
      <source>Fail</source>
      <translation>Ne zadovoljava</translation>
    </message>
    <message>
      <source>(none)</source>
      <translation>(nema)</translation>
    </message>
    <message>
      <source>C&amp;hoose…</source>
      <translation>&amp;Izaberi…</translation>
    </message>
    <message>
      <source>Calibrated &amp;on:</source>
      <translation>&amp;Datum kalibracije:</translation>
    </message>
    <message>
      <source>&amp;Valid until:</source>
      <translation>&amp;Važi do:</translation>
    </message>
    <message>
      <source>&amp;Provider:</source>
      <translation>&amp;Pružalac usluge:</translation>
    </message>
    <message>
      <source>Certificate &amp;number:</source>
      <translation>&amp;Broj sertifikata:</translation>
    </message>
    <message>
      <source>&amp;Result:</source>
      <translation>&amp;Rezultat:</translation>
    </message>
    <message>
      <source>Acceptance &amp;criteria:</source>
      <translation>&amp;Kriterijumi prihvatanja:</translation>
    </message>
    <message>
      <source>No&amp;tes:</source>
      <translation>&amp;Napomene:</translation>
    </message>
    <message>
      <source>Certificate &amp;file:</source>
      <translation>Da&amp;toteka sertifikata:</translation>
    </message>
    <message>
      <source>Record calibration</source>
      <translation>Evidentiraj kalibraciju</translation>
    </message>
    <message>
      <source>Valid until: must not be before the calibration date</source>
      <translation>Važi do: ne sme biti pre datuma kalibracije</translation>
    </message>
    <message>
      <source>Calibration date: cannot be in the future</source>
      <translation>Datum kalibracije: ne može biti u budućnosti</translation>
    </message>
    <message>
      <source>Provider: required</source>
      <translation>Pružalac usluge: obavezno</translation>
    </message>
    <message>
      <source>Calibration certificate</source>
      <translation>Sertifikat o kalibraciji</translation>
    </message>
    <message>
      <source>Documents (*.pdf *.png *.jpg *.jpeg);;All files (*)</source>
      <translation>Dokumenti (*.pdf *.png *.jpg *.jpeg);;Sve datoteke (*)</translation>
    </message>
    <message>
      <source>Cannot read {name}: {reason}</source>
      <translation>Nije moguće pročitati {name}: {reason}</translation>
    </message>
    <message>
      <source>Calibration certificate {number}</source>
      <translation>Sertifikat o kalibraciji {number}</translation>
    </message>
  </context>
  <context>
    <name>OverrideDialog</name>
    <message>
      <source>Record calibration override</source>
      <translation>Evidentiranje odobrenja izuzetka za kalibraciju</translation>
    </message>
    <message>
      <source>Why may it be used although it is out of calibration?</source>
      <translation>Zašto sme da se koristi iako je van kalibracije?</translation>
    </message>
    <message>
      <source>For one use only</source>
      <translation>Samo za jedno korišćenje</translation>
    </message>
    <message>
      <source>&amp;Justification:</source>
      <translation>O&amp;brazloženje:</translation>
    </message>
    <message>
      <source>Valid &amp;from:</source>
      <translation>Važi &amp;od:</translation>
    </message>
    <message>
      <source>Valid &amp;until:</source>
      <translation>Važi &amp;do:</translation>
    </message>
    <message>
      <source>Record override</source>
      <translation>Evidentiraj odobrenje izuzetka</translation>
    </message>
    <message numerus="yes">
      <source>Justification: at least %n characters</source>
      <translation>
        <numerusform>Obrazloženje: najmanje %n znakova</numerusform>
        <numerusform>Obrazloženje: najmanje %n znakova</numerusform>
        <numerusform>Obrazloženje: najmanje %n znakova</numerusform>
      </translation>
    </message>
    <message>
      <source>Valid until: must not be before the first day</source>
      <translation>Važi do: ne sme biti pre prvog dana</translation>
    </message>
  </context>
  <context>
    <name>CalibrationTab</name>
    <message>
      <source>Pass</source>
      <translation>Zadovoljava</translation>
    </message>
    <message>
      <source>Adjusted</source>
      <translation>Podešeno</translation>
    </message>
    <message>
      <source>Fail</source>
      <translation>Ne zadovoljava</translation>
    </message>
    <message>
      <source>&amp;Add calibration…</source>
      <translation>&amp;Dodaj kalibraciju…</translation>
    </message>
    <message>
      <source>Record &amp;override…</source>
      <translation>&amp;Evidentiraj odobrenje izuzetka…</translation>
    </message>
    <message>
      <source>Re&amp;voke override…</source>
      <translation>&amp;Opozovi odobrenje izuzetka…</translation>
    </message>
    <message>
      <source>Only a manager can record an override.</source>
      <translation>Samo rukovodilac može da evidentira odobrenje izuzetka.</translation>
    </message>
    <message>
      <source>Only a manager can revoke an override.</source>
      <translation>Samo rukovodilac može da opozove odobrenje izuzetka.</translation>
    </message>
    <message>
      <source>Calibrated</source>
      <translation>Kalibrisano</translation>
    </message>
    <message>
      <source>Valid until</source>
      <translation>Važi do</translation>
    </message>
    <message>
      <source>Provider</source>
      <translation>Izvršilac</translation>
    </message>
    <message>
      <source>Accr.</source>
      <translation>Akr.</translation>
    </message>
    <message>
      <source>Certificate</source>
      <translation>Sertifikat</translation>
    </message>
    <message>
      <source>Result</source>
      <translation>Rezultat</translation>
    </message>
    <message>
      <source>File</source>
      <translation>Datoteka</translation>
    </message>
    <message>
      <source>From</source>
      <translation>Od</translation>
    </message>
    <message>
      <source>Until</source>
      <translation>Do</translation>
    </message>
    <message>
      <source>Granted by</source>
      <translation>Odobrio</translation>
    </message>
    <message>
      <source>State</source>
      <translation>Stanje</translation>
    </message>
    <message>
      <source>Justification</source>
      <translation>Obrazloženje</translation>
    </message>
    <message>
      <source>&lt;b&gt;Overrides&lt;/b&gt; (use while out of calibration)</source>
      <translation>&lt;b&gt;Odobrenja izuzetka&lt;/b&gt; (korišćenje van kalibracije)</translation>
    </message>
    <message>
      <source>Revoke override</source>
      <translation>Opoziv odobrenja izuzetka</translation>
    </message>
    <message>
      <source>Revoke the override valid from {start} to {end}? The instrument can no longer be used under it; sessions and results that already used it keep it.</source>
      <translation>Opozvati odobrenje izuzetka koje važi od {start} do {end}? Merni instrument više ne može da se koristi na osnovu njega; sesije i rezultati koji su ga već iskoristili zadržavaju ga.</translation>
    </message>
  </context>
  <context>
    <name>DocumentsTableModel</name>
    <message>
      <source>Name</source>
      <translation>Naziv</translation>
    </message>
    <message>
      <source>Type</source>
      <translation>Tip</translation>
    </message>
    <message>
      <source>Size</source>
      <translation>Veličina</translation>
    </message>
    <message>
      <source>Description</source>
      <translation>Opis</translation>
    </message>
    <message>
      <source>Added by</source>
      <translation>Dodao</translation>
    </message>
    <message>
      <source>Added at</source>
      <translation>Vreme dodavanja</translation>
    </message>
  </context>
  <context>
    <name>DocumentsTab</name>
    <message>
      <source>File</source>
      <translation>Datoteka</translation>
    </message>
    <message>
      <source>{name}: {size} MB is larger than the limit of {limit} MB</source>
      <translation>{name}: {size} MB je više od ograničenja od {limit} MB</translation>
    </message>
    <message>
      <source>Add a document</source>
      <translation>Dodavanje dokumenta</translation>
    </message>
    <message>
      <source>Documents ({patterns})</source>
      <translation>Dokumenti ({patterns})</translation>
    </message>
    <message>
      <source>Save the document as</source>
      <translation>Čuvanje dokumenta kao</translation>
    </message>
    <message>
      <source>&amp;Add…</source>
      <translation>&amp;Dodaj…</translation>
    </message>
    <message>
      <source>&amp;Save as…</source>
      <translation>&amp;Sačuvaj kao…</translation>
    </message>
    <message>
      <source>&amp;Delete</source>
      <translation>&amp;Obriši</translation>
    </message>
    <message>
      <source>PDF, images, text and office files up to {limit} MB</source>
      <translation>PDF, slike, tekstualne i kancelarijske datoteke do {limit} MB</translation>
    </message>
    <message>
      <source>Only a manager or an administrator deletes documents.</source>
      <translation>Samo rukovodilac ili administrator briše dokumente.</translation>
    </message>
    <message>
      <source>cannot read {name}: {reason}</source>
      <translation>nije moguće pročitati {name}: {reason}</translation>
    </message>
    <message>
      <source>cannot write {name}: {reason}</source>
      <translation>nije moguće upisati {name}: {reason}</translation>
    </message>
    <message>
      <source>Delete {name}? A backup made earlier still holds it.</source>
      <translation>Obrisati {name}? Ranije napravljena rezervna kopija ga i dalje sadrži.</translation>
    </message>
    <message>
      <source>Delete the document</source>
      <translation>Brisanje dokumenta</translation>
    </message>
  </context>
  <context>
    <name>EquipmentForm</name>
    <message>
      <source>not a number</source>
      <translation>nije broj</translation>
    </message>
    <message>
      <source>must be zero or more</source>
      <translation>mora biti nula ili više</translation>
    </message>
    <message>
      <source>not a whole number</source>
      <translation>nije ceo broj</translation>
    </message>
    <message>
      <source>must be at least {n}</source>
      <translation>mora biti najmanje {n}</translation>
    </message>
    <message>
      <source>not a date (YYYY-MM-DD)</source>
      <translation>nije datum (GGGG-MM-DD)</translation>
    </message>
    <message>
      <source>&amp;Bookable</source>
      <translation>Može se &amp;rezervisati</translation>
    </message>
    <message>
      <source>Requires operator &amp;qualification</source>
      <translation>Zahteva &amp;osposobljenost operatera</translation>
    </message>
    <message>
      <source>Measuring &amp;instrument (calibrated)</source>
      <translation>&amp;Merni instrument (kalibrisan)</translation>
    </message>
    <message>
      <source>no limit</source>
      <translation>bez ograničenja</translation>
    </message>
    <message>
      <source>none</source>
      <translation>nema</translation>
    </message>
    <message>
      <source>Hourly &amp;rate:</source>
      <translation>&amp;Cena po satu:</translation>
    </message>
    <message>
      <source>Asset &amp;tag:</source>
      <translation>&amp;Inventarska oznaka:</translation>
    </message>
    <message>
      <source>&amp;Name:</source>
      <translation>&amp;Naziv:</translation>
    </message>
    <message>
      <source>&amp;Category:</source>
      <translation>&amp;Kategorija:</translation>
    </message>
    <message>
      <source>&amp;Location:</source>
      <translation>&amp;Lokacija:</translation>
    </message>
    <message>
      <source>&amp;Manufacturer:</source>
      <translation>&amp;Proizvođač:</translation>
    </message>
    <message>
      <source>M&amp;odel:</source>
      <translation>Mo&amp;del:</translation>
    </message>
    <message>
      <source>&amp;Serial number:</source>
      <translation>Serijski &amp;broj:</translation>
    </message>
    <message>
      <source>&amp;Firmware/software:</source>
      <translation>&amp;Firmver/softver:</translation>
    </message>
    <message>
      <source>Commissioning &amp;date:</source>
      <translation>Datum puštanja u r&amp;ad:</translation>
    </message>
    <message>
      <source>Nominal &amp;power (kW):</source>
      <translation>Nominalna sna&amp;ga (kW):</translation>
    </message>
    <message>
      <source>Max. booking (h):</source>
      <translation>Maks. rezervacija (h):</translation>
    </message>
    <message>
      <source>Min. notice (h):</source>
      <translation>Min. najava unapred (h):</translation>
    </message>
    <message>
      <source>No&amp;tes:</source>
      <translation>Napom&amp;ene:</translation>
    </message>
    <message>
      <source>required</source>
      <translation>obavezno</translation>
    </message>
    <message>
      <source>letters, digits and . _ / - only, at most 32 characters (e.g. ITC-0042)</source>
      <translation>samo slova, cifre i . _ / -, najviše 32 znaka (npr. ITC-0042)</translation>
    </message>
    <message>
      <source>cannot be in the future</source>
      <translation>ne može biti u budućnosti</translation>
    </message>
    <message>
      <source>&amp;Save</source>
      <translation>&amp;Sačuvaj</translation>
    </message>
    <message>
      <source>Re&amp;vert</source>
      <translation>&amp;Vrati</translation>
    </message>
    <message>
      <source>Saved.</source>
      <translation>Sačuvano.</translation>
    </message>
    <message>
      <source>New equipment</source>
      <translation>Nova oprema</translation>
    </message>
    <message>
      <source>Create</source>
      <translation>Kreiraj</translation>
    </message>
  </context>
  <context>
    <name>ImportDialog</name>
    <message>
      <source>Import equipment from CSV</source>
      <translation>Uvoz opreme iz CSV datoteke</translation>
    </message>
    <message>
      <source>UTF-8 (with or without BOM), comma or semicolon separated, with the header names of the export. Every row is checked first: if any row is wrong, nothing is imported.</source>
      <translation>UTF-8 (sa BOM ili bez njega), vrednosti razdvojene zarezom ili tačkom i zarezom, sa nazivima zaglavlja kao u izvozu. Prvo se proverava svaki red: ako je bilo koji red pogrešan, ništa se ne uvozi.</translation>
    </message>
    <message>
      <source>&amp;Choose file…</source>
      <translation>&amp;Izaberi datoteku…</translation>
    </message>
    <message>
      <source>Row</source>
      <translation>Red</translation>
    </message>
    <message>
      <source>Column</source>
      <translation>Kolona</translation>
    </message>
    <message>
      <source>Problem</source>
      <translation>Problem</translation>
    </message>
    <message>
      <source>Import equipment</source>
      <translation>Uvoz opreme</translation>
    </message>
    <message>
      <source>Cannot read {name}: {reason}</source>
      <translation>Nije moguće pročitati {name}: {reason}</translation>
    </message>
    <message>
      <source>Checking {name}…</source>
      <translation>Provera datoteke {name}…</translation>
    </message>
    <message numerus="yes">
      <source>Nothing was imported: %n problem(s) to correct in the file.</source>
      <translation>
        <numerusform>Ništa nije uvezeno: broj problema koje treba ispraviti u datoteci: %n.</numerusform>
        <numerusform>Ništa nije uvezeno: broj problema koje treba ispraviti u datoteci: %n.</numerusform>
        <numerusform>Ništa nije uvezeno: broj problema koje treba ispraviti u datoteci: %n.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n piece(s) of equipment imported.</source>
      <translation>
        <numerusform>Uvezeno: %n kom. opreme.</numerusform>
        <numerusform>Uvezeno: %n kom. opreme.</numerusform>
        <numerusform>Uvezeno: %n kom. opreme.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>MaintenanceTab</name>
    <message>
      <source>Preventive</source>
      <translation>Preventivno</translation>
    </message>
    <message>
      <source>Corrective</source>
      <translation>Korektivno</translation>
    </message>
    <message>
      <source>Incident</source>
      <translation>Incident</translation>
    </message>
    <message>
      <source>ok</source>
      <translation>u redu</translation>
    </message>
    <message>
      <source>due</source>
      <translation>dospelo</translation>
    </message>
    <message>
      <source>overdue</source>
      <translation>kasni</translation>
    </message>
    <message>
      <source>open</source>
      <translation>otvoreno</translation>
    </message>
    <message>
      <source>{kind}, blocking</source>
      <translation>{kind}, blokira rad</translation>
    </message>
    <message>
      <source>by {who}</source>
      <translation>izvršio: {who}</translation>
    </message>
    <message>
      <source>recorded by {name}</source>
      <translation>evidentirao: {name}</translation>
    </message>
    <message>
      <source>&amp;Record maintenance…</source>
      <translation>&amp;Evidentiraj održavanje…</translation>
    </message>
    <message>
      <source>Finis&amp;h maintenance…</source>
      <translation>&amp;Završi održavanje…</translation>
    </message>
    <message>
      <source>End the selected open maintenance work</source>
      <translation>Završi izabrani otvoreni rad na održavanju</translation>
    </message>
    <message>
      <source>Return to ser&amp;vice…</source>
      <translation>&amp;Vrati u upotrebu…</translation>
    </message>
    <message>
      <source>Only a manager can return it to service.</source>
      <translation>Samo rukovodilac može da je vrati u upotrebu.</translation>
    </message>
    <message>
      <source>New &amp;plan…</source>
      <translation>Novi &amp;plan…</translation>
    </message>
    <message>
      <source>Managers and admins plan maintenance.</source>
      <translation>Održavanje planiraju rukovodioci i administratori.</translation>
    </message>
    <message>
      <source>Plan</source>
      <translation>Plan</translation>
    </message>
    <message>
      <source>Every N days</source>
      <translation>Na svakih N dana</translation>
    </message>
    <message>
      <source>Every N h</source>
      <translation>Na svakih N h</translation>
    </message>
    <message>
      <source>Last done</source>
      <translation>Poslednji put</translation>
    </message>
    <message>
      <source>Next due</source>
      <translation>Sledeći rok</translation>
    </message>
    <message>
      <source>Hours left</source>
      <translation>Preostalo h</translation>
    </message>
    <message>
      <source>State</source>
      <translation>Stanje</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>Vrsta</translation>
    </message>
    <message>
      <source>Started</source>
      <translation>Početak</translation>
    </message>
    <message>
      <source>Ended (downtime)</source>
      <translation>Kraj (zastoj)</translation>
    </message>
    <message>
      <source>Description</source>
      <translation>Opis</translation>
    </message>
    <message>
      <source>&lt;b&gt;Plans&lt;/b&gt;</source>
      <translation>&lt;b&gt;Planovi&lt;/b&gt;</translation>
    </message>
    <message>
      <source>&lt;b&gt;Records&lt;/b&gt;</source>
      <translation>&lt;b&gt;Zapisi&lt;/b&gt;</translation>
    </message>
    <message>
      <source>Out of service</source>
      <translation>Van upotrebe</translation>
    </message>
    <message>
      <source>Under maintenance</source>
      <translation>Na održavanju</translation>
    </message>
  </context>
  <context>
    <name>RecordMaintenanceDialog</name>
    <message>
      <source>Record maintenance</source>
      <translation>Evidentiranje održavanja</translation>
    </message>
    <message>
      <source>(no plan)</source>
      <translation>(bez plana)</translation>
    </message>
    <message>
      <source>Finished at:</source>
      <translation>Završeno:</translation>
    </message>
    <message>
      <source>(you, or the company below)</source>
      <translation>(vi, ili firma navedena ispod)</translation>
    </message>
    <message>
      <source>empty: done by lab staff</source>
      <translation>prazno: obavilo osoblje laboratorije</translation>
    </message>
    <message>
      <source>Blocking: take the equipment out of service</source>
      <translation>Blokirajuće: stavi opremu van upotrebe</translation>
    </message>
    <message>
      <source>&amp;Kind:</source>
      <translation>&amp;Vrsta:</translation>
    </message>
    <message>
      <source>&amp;Plan:</source>
      <translation>&amp;Plan:</translation>
    </message>
    <message>
      <source>&amp;Started:</source>
      <translation>&amp;Započeto:</translation>
    </message>
    <message>
      <source>&amp;Description:</source>
      <translation>&amp;Opis:</translation>
    </message>
    <message>
      <source>Performed b&amp;y (staff):</source>
      <translation>&amp;Izvršio (osoblje):</translation>
    </message>
    <message>
      <source>External &amp;company:</source>
      <translation>Spoljna &amp;firma:</translation>
    </message>
    <message>
      <source>C&amp;ost:</source>
      <translation>&amp;Troškovi:</translation>
    </message>
    <message>
      <source>Record</source>
      <translation>Evidentiraj</translation>
    </message>
    <message>
      <source>Description: required</source>
      <translation>Opis: obavezno</translation>
    </message>
    <message>
      <source>End: must be after the start</source>
      <translation>Kraj: mora biti posle početka</translation>
    </message>
    <message>
      <source>Cost: {problem}</source>
      <translation>Troškovi: {problem}</translation>
    </message>
  </context>
  <context>
    <name>FinishMaintenanceDialog</name>
    <message>
      <source>Finish maintenance</source>
      <translation>Završetak održavanja</translation>
    </message>
    <message>
      <source>{kind} since {start}:</source>
      <translation>{kind} od {start}:</translation>
    </message>
    <message>
      <source>This is a blocking incident: the equipment stays out of service until a manager returns it to service.</source>
      <translation>Ovo je blokirajući incident: oprema ostaje van upotrebe dok je rukovodilac ne vrati u upotrebu.</translation>
    </message>
    <message>
      <source>&amp;Finished at:</source>
      <translation>Vreme &amp;završetka:</translation>
    </message>
    <message>
      <source>Finish</source>
      <translation>Završi</translation>
    </message>
    <message>
      <source>End: must be after the start</source>
      <translation>Kraj: mora biti posle početka</translation>
    </message>
    <message>
      <source>End: cannot be in the future</source>
      <translation>Kraj: ne može biti u budućnosti</translation>
    </message>
  </context>
  <context>
    <name>NewPlanDialog</name>
    <message>
      <source>New maintenance plan</source>
      <translation>Novi plan održavanja</translation>
    </message>
    <message>
      <source>&amp;Description:</source>
      <translation>&amp;Opis:</translation>
    </message>
    <message>
      <source>Every N &amp;days:</source>
      <translation>Svakih N &amp;dana:</translation>
    </message>
    <message>
      <source>Every N operating &amp;hours:</source>
      <translation>Svakih N radnih &amp;sati:</translation>
    </message>
    <message>
      <source>Create plan</source>
      <translation>Napravi plan</translation>
    </message>
    <message>
      <source>Every N days: a whole number above zero</source>
      <translation>Svakih N dana: ceo broj veći od nule</translation>
    </message>
    <message>
      <source>Every N operating hours: {problem}</source>
      <translation>Svakih N radnih sati: {problem}</translation>
    </message>
    <message>
      <source>Every N operating hours: must be more than zero</source>
      <translation>Svakih N radnih sati: mora biti veće od nule</translation>
    </message>
    <message>
      <source>Description: required</source>
      <translation>Opis: obavezno</translation>
    </message>
    <message>
      <source>Interval: give every N days, every N operating hours, or both</source>
      <translation>Interval: unesite na koliko dana, na koliko radnih sati ili oba</translation>
    </message>
  </context>
  <context>
    <name>ReturnToServiceDialog</name>
    <message>
      <source>Return to service</source>
      <translation>Vraćanje u upotrebu</translation>
    </message>
    <message>
      <source>What was checked or repaired?</source>
      <translation>Šta je provereno ili popravljeno?</translation>
    </message>
    <message>
      <source>&amp;Note:</source>
      <translation>&amp;Napomena:</translation>
    </message>
  </context>
  <context>
    <name>OperatorsTableModel</name>
    <message>
      <source>Operator</source>
      <translation>Operater</translation>
    </message>
    <message>
      <source>Granted by</source>
      <translation>Dodelio</translation>
    </message>
    <message>
      <source>Granted on</source>
      <translation>Datum dodele</translation>
    </message>
    <message>
      <source>Valid until</source>
      <translation>Važi do</translation>
    </message>
    <message>
      <source>State</source>
      <translation>Stanje</translation>
    </message>
    <message>
      <source>Notes</source>
      <translation>Napomene</translation>
    </message>
    <message>
      <source>no end</source>
      <translation>bez isteka</translation>
    </message>
  </context>
  <context>
    <name>GrantDialog</name>
    <message>
      <source>Grant a qualification</source>
      <translation>Dodela osposobljenosti</translation>
    </message>
    <message>
      <source>No end date</source>
      <translation>Bez datuma isteka</translation>
    </message>
    <message>
      <source>&amp;Operator:</source>
      <translation>&amp;Operater:</translation>
    </message>
    <message>
      <source>&amp;Valid until:</source>
      <translation>&amp;Važi do:</translation>
    </message>
    <message>
      <source>&amp;Notes:</source>
      <translation>&amp;Napomene:</translation>
    </message>
    <message>
      <source>Grant</source>
      <translation>Dodeli</translation>
    </message>
    <message>
      <source>Choose an operator.</source>
      <translation>Izaberite operatera.</translation>
    </message>
  </context>
  <context>
    <name>RevokeDialog</name>
    <message>
      <source>Revoke a qualification</source>
      <translation>Opoziv osposobljenosti</translation>
    </message>
    <message>
      <source>Operator:</source>
      <translation>Operater:</translation>
    </message>
    <message>
      <source>&amp;Reason:</source>
      <translation>&amp;Razlog:</translation>
    </message>
    <message>
      <source>Revoke</source>
      <translation>Opozovi</translation>
    </message>
  </context>
  <context>
    <name>OperatorsTab</name>
    <message>
      <source>Show &amp;revoked</source>
      <translation>Prikaži o&amp;pozvane</translation>
    </message>
    <message>
      <source>&amp;Grant…</source>
      <translation>&amp;Dodeli…</translation>
    </message>
    <message>
      <source>Re&amp;voke…</source>
      <translation>&amp;Opozovi…</translation>
    </message>
    <message>
      <source>Only a manager or an administrator grants qualifications.</source>
      <translation>Osposobljenost dodeljuje samo rukovodilac ili administrator.</translation>
    </message>
  </context>
  <context>
    <name>EquipmentStatusActions</name>
    <message>
      <source>Retire equipment</source>
      <translation>Rashodovanje opreme</translation>
    </message>
    <message>
      <source>Retire {tag}? It stays in the history but can never be booked or used again.</source>
      <translation>Rashodovati opremu {tag}? Ostaje u istoriji, ali više nikada ne može da se rezerviše niti koristi.</translation>
    </message>
  </context>
  <context>
    <name>StatusActions</name>
    <message>
      <source>Take out of service…</source>
      <translation>Stavi van upotrebe…</translation>
    </message>
    <message>
      <source>Retire…</source>
      <translation>Rashoduj…</translation>
    </message>
    <message>
      <source>Why (required, kept in the history):</source>
      <translation>Razlog (obavezno, čuva se u istoriji):</translation>
    </message>
    <message>
      <source>Take out of service</source>
      <translation>Stavljanje van upotrebe</translation>
    </message>
    <message>
      <source>Retire</source>
      <translation>Rashodovanje</translation>
    </message>
  </context>
  <context>
    <name>UsageTableModel</name>
    <message>
      <source>Operator</source>
      <translation>Operater</translation>
    </message>
    <message>
      <source>Job</source>
      <translation>Posao</translation>
    </message>
    <message>
      <source>Purpose</source>
      <translation>Svrha</translation>
    </message>
    <message>
      <source>Start</source>
      <translation>Početak</translation>
    </message>
    <message>
      <source>Stop</source>
      <translation>Zaustavljanje</translation>
    </message>
    <message>
      <source>Hours</source>
      <translation>Sati</translation>
    </message>
    <message>
      <source>Energy kWh</source>
      <translation>Energija kWh</translation>
    </message>
    <message>
      <source>Flags</source>
      <translation>Oznake</translation>
    </message>
    <message>
      <source>running</source>
      <translation>traje</translation>
    </message>
    <message>
      <source>probably forgotten</source>
      <translation>verovatno zaboravljena</translation>
    </message>
    <message>
      <source>corrected</source>
      <translation>ispravljena</translation>
    </message>
    <message>
      <source>Corrected: {reason}</source>
      <translation>Ispravljeno: {reason}</translation>
    </message>
  </context>
  <context>
    <name>CorrectTimesDialog</name>
    <message>
      <source>Correct the times of a session</source>
      <translation>Ispravka vremena sesije</translation>
    </message>
    <message>
      <source>Still running (no stop time)</source>
      <translation>Još traje (bez vremena završetka)</translation>
    </message>
    <message>
      <source>e.g. the operator forgot to stop it</source>
      <translation>npr. operater je zaboravio da je zaustavi</translation>
    </message>
    <message>
      <source>Operator:</source>
      <translation>Operater:</translation>
    </message>
    <message>
      <source>&amp;Start:</source>
      <translation>&amp;Početak:</translation>
    </message>
    <message>
      <source>S&amp;top:</source>
      <translation>&amp;Kraj:</translation>
    </message>
    <message>
      <source>&amp;Reason:</source>
      <translation>&amp;Razlog:</translation>
    </message>
    <message>
      <source>Correct</source>
      <translation>Ispravi</translation>
    </message>
  </context>
  <context>
    <name>UsageTab</name>
    <message>
      <source>&amp;Correct times…</source>
      <translation>&amp;Ispravi vremena…</translation>
    </message>
    <message>
      <source>Only a manager can correct session times.</source>
      <translation>Samo rukovodilac može da ispravi vremena sesija.</translation>
    </message>
    <message>
      <source>h</source>
      <translation>h</translation>
    </message>
    <message>
      <source>Hours of use per month</source>
      <translation>Sati korišćenja po mesecima</translation>
    </message>
    <message>
      <source>{hours} hours of use in the last {n} months</source>
      <translation>Korišćenje u poslednjih {n} meseci: {hours} h</translation>
    </message>
  </context>
  <context>
    <name>StartUseDialog</name>
    <message>
      <source>Start use</source>
      <translation>Početak korišćenja</translation>
    </message>
    <message>
      <source>optional, e.g. ITC-2026-0042</source>
      <translation>opciono, npr. ITC-2026-0042</translation>
    </message>
    <message>
      <source>optional</source>
      <translation>opciono</translation>
    </message>
    <message>
      <source>&amp;Job:</source>
      <translation>&amp;Posao:</translation>
    </message>
    <message>
      <source>&amp;Purpose:</source>
      <translation>&amp;Svrha:</translation>
    </message>
    <message>
      <source>Start</source>
      <translation>Započni</translation>
    </message>
    <message>
      <source>Not an open job of the lab: kept as a free reference.</source>
      <translation>Nije otvoreni posao laboratorije: čuva se kao slobodna referenca.</translation>
    </message>
  </context>
  <context>
    <name>StopUseDialog</name>
    <message>
      <source>Stop use</source>
      <translation>Završetak korišćenja</translation>
    </message>
    <message>
      <source>optional</source>
      <translation>opciono</translation>
    </message>
    <message>
      <source>optional, hours</source>
      <translation>opciono, u satima</translation>
    </message>
    <message>
      <source>&amp;Notes:</source>
      <translation>&amp;Napomene:</translation>
    </message>
    <message>
      <source>&amp;Hour meter:</source>
      <translation>&amp;Brojač radnih sati:</translation>
    </message>
    <message>
      <source>&amp;Material used:</source>
      <translation>&amp;Utrošeni materijal:</translation>
    </message>
    <message>
      <source>Stop</source>
      <translation>Zaustavi</translation>
    </message>
    <message>
      <source>Hour meter: {problem}</source>
      <translation>Brojač radnih sati: {problem}</translation>
    </message>
  </context>
  <context>
    <name>MaterialDialog</name>
    <message>
      <source>Edit material</source>
      <translation>Izmena materijala</translation>
    </message>
    <message>
      <source>Record a material</source>
      <translation>Evidentiranje materijala</translation>
    </message>
    <message>
      <source>(no step)</source>
      <translation>(bez koraka)</translation>
    </message>
    <message>
      <source>&amp;Material:</source>
      <translation>&amp;Materijal:</translation>
    </message>
    <message>
      <source>&amp;Quantity and unit:</source>
      <translation>&amp;Količina i jedinica:</translation>
    </message>
    <message>
      <source>Unit &amp;cost:</source>
      <translation>Jedinični &amp;trošak:</translation>
    </message>
    <message>
      <source>&amp;Step:</source>
      <translation>Ko&amp;rak:</translation>
    </message>
    <message>
      <source>Save</source>
      <translation>Sačuvaj</translation>
    </message>
    <message>
      <source>Material: required</source>
      <translation>Materijal: obavezno</translation>
    </message>
    <message>
      <source>Quantity: {problem}</source>
      <translation>Količina: {problem}</translation>
    </message>
    <message>
      <source>required</source>
      <translation>obavezno</translation>
    </message>
    <message>
      <source>Unit cost: {problem}</source>
      <translation>Jedinični trošak: {problem}</translation>
    </message>
  </context>
  <context>
    <name>RatesPanel</name>
    <message>
      <source>Conversion rates</source>
      <translation>Kursevi za preračun</translation>
    </message>
    <message>
      <source>&amp;Convert</source>
      <translation>&amp;Preračunaj</translation>
    </message>
    <message>
      <source>rate</source>
      <translation>kurs</translation>
    </message>
    <message>
      <source>1 {currency}: {problem}</source>
      <translation>1 {currency}: {problem}</translation>
    </message>
    <message>
      <source>enter the rate</source>
      <translation>unesite kurs</translation>
    </message>
  </context>
  <context>
    <name>CostLinesModel</name>
    <message>
      <source>#</source>
      <translation>#</translation>
    </message>
    <message>
      <source>Step</source>
      <translation>Korak</translation>
    </message>
    <message>
      <source>Planned h</source>
      <translation>Planirano h</translation>
    </message>
    <message>
      <source>Actual h</source>
      <translation>Stvarno h</translation>
    </message>
    <message>
      <source>Machine time</source>
      <translation>Mašinsko vreme</translation>
    </message>
    <message>
      <source>Materials</source>
      <translation>Materijali</translation>
    </message>
    <message>
      <source>Total</source>
      <translation>Ukupno</translation>
    </message>
  </context>
  <context>
    <name>MaterialsTableModel</name>
    <message>
      <source>Material</source>
      <translation>Materijal</translation>
    </message>
    <message>
      <source>Step</source>
      <translation>Korak</translation>
    </message>
    <message>
      <source>Quantity</source>
      <translation>Količina</translation>
    </message>
    <message>
      <source>Unit cost</source>
      <translation>Jedinični trošak</translation>
    </message>
    <message>
      <source>Amount</source>
      <translation>Iznos</translation>
    </message>
    <message>
      <source>Recorded by</source>
      <translation>Evidentirao</translation>
    </message>
  </context>
  <context>
    <name>CostsTab</name>
    <message>
      <source>Machine time:</source>
      <translation>Mašinsko vreme:</translation>
    </message>
    <message>
      <source>Materials:</source>
      <translation>Materijali:</translation>
    </message>
    <message>
      <source>Total cost:</source>
      <translation>Ukupan trošak:</translation>
    </message>
    <message>
      <source>Quoted price:</source>
      <translation>Cena iz ponude:</translation>
    </message>
    <message>
      <source>Quote − cost:</source>
      <translation>Ponuda − trošak:</translation>
    </message>
    <message>
      <source>&amp;Record material…</source>
      <translation>&amp;Evidentiraj materijal…</translation>
    </message>
    <message>
      <source>&amp;Edit…</source>
      <translation>&amp;Izmeni…</translation>
    </message>
    <message>
      <source>Re&amp;move</source>
      <translation>&amp;Ukloni</translation>
    </message>
    <message>
      <source>&lt;b&gt;Materials&lt;/b&gt;</source>
      <translation>&lt;b&gt;Materijali&lt;/b&gt;</translation>
    </message>
    <message>
      <source>{reference} is closed: no materials can be recorded.</source>
      <translation>{reference} je zatvoren: materijal se ne može evidentirati.</translation>
    </message>
    <message>
      <source>This job is priced in {currency}, but some costs are in {others}. Enter the conversion rate to see the costs in {currency}; amounts are never added up without one.</source>
      <translation>Ovaj posao je iskazan u valuti {currency}, ali su neki troškovi u valuti {others}. Unesite kurs za preračun da biste videli troškove u valuti {currency}; bez kursa se iznosi nikada ne sabiraju.</translation>
    </message>
    <message>
      <source>The rates below convert the costs to {currency}.</source>
      <translation>Kursevi ispod preračunavaju troškove u valutu {currency}.</translation>
    </message>
    <message>
      <source>no quote</source>
      <translation>nema ponude</translation>
    </message>
    <message>
      <source>Within the quote</source>
      <translation>U okviru ponude</translation>
    </message>
    <message>
      <source>Over the quote</source>
      <translation>Iznad ponude</translation>
    </message>
    <message>
      <source>Converted to {currency} at {rates} (the rate entered here).</source>
      <translation>Preračunato u valutu {currency} po kursu {rates} (kurs unet ovde).</translation>
    </message>
    <message numerus="yes">
      <source>%n usage session(s) still running: not counted yet.</source>
      <translation>
        <numerusform>Sesije korišćenja koje još traju: %n (još nisu uračunate).</numerusform>
        <numerusform>Sesije korišćenja koje još traju: %n (još nisu uračunate).</numerusform>
        <numerusform>Sesije korišćenja koje još traju: %n (još nisu uračunate).</numerusform>
      </translation>
    </message>
    <message>
      <source>No hourly rate for {names}: their hours cost nothing here.</source>
      <translation>Nema cene po satu za {names}: njihovi sati ovde ne stvaraju trošak.</translation>
    </message>
    <message>
      <source>Remove material</source>
      <translation>Uklanjanje materijala</translation>
    </message>
    <message>
      <source>Remove “{description}” ({amount}) from the job's costs?</source>
      <translation>Ukloniti „{description}” ({amount}) iz troškova posla?</translation>
    </message>
  </context>
  <context>
    <name>JobDetailPanel</name>
    <message>
      <source>overdue</source>
      <translation>kasni</translation>
    </message>
    <message>
      <source>Test re&amp;port…</source>
      <translation>Izve&amp;štaj o ispitivanju…</translation>
    </message>
    <message>
      <source>Preview the job's test report as a draft; managers issue it from there</source>
      <translation>Pregled izveštaja o ispitivanju za posao u obliku nacrta; rukovodioci ga odatle izdaju</translation>
    </message>
    <message>
      <source>Intake s&amp;lip…</source>
      <translation>Pri&amp;jemnica…</translation>
    </message>
    <message>
      <source>The slip for the customer, with a new kiosk access code and its QR code</source>
      <translation>Prijemnica za klijenta, sa novim pristupnim kodom za kiosk i njegovim QR kodom</translation>
    </message>
    <message>
      <source>&amp;Save changes</source>
      <translation>&amp;Sačuvaj izmene</translation>
    </message>
    <message>
      <source>Regenerate &amp;kiosk code…</source>
      <translation>Ponovo generiši k&amp;od za kiosk…</translation>
    </message>
    <message>
      <source>A new access code for the kiosk; the old one stops working.</source>
      <translation>Novi pristupni kod za kiosk; stari prestaje da važi.</translation>
    </message>
    <message>
      <source>&amp;Overview</source>
      <translation>&amp;Pregled</translation>
    </message>
    <message>
      <source>T&amp;imeline</source>
      <translation>&amp;Vremenska linija</translation>
    </message>
    <message>
      <source>St&amp;eps</source>
      <translation>&amp;Koraci</translation>
    </message>
    <message>
      <source>S&amp;pecimens</source>
      <translation>&amp;Uzorci</translation>
    </message>
    <message>
      <source>Cos&amp;ts</source>
      <translation>&amp;Troškovi</translation>
    </message>
    <message>
      <source>&amp;Results</source>
      <translation>&amp;Rezultati</translation>
    </message>
    <message>
      <source>Rep&amp;orts</source>
      <translation>&amp;Izveštaji</translation>
    </message>
    <message>
      <source>Choose a job in the list.</source>
      <translation>Izaberite posao sa liste.</translation>
    </message>
    <message>
      <source>no due date</source>
      <translation>bez roka</translation>
    </message>
    <message>
      <source>{title} — {company} · due {due}</source>
      <translation>{title} — {company} · rok: {due}</translation>
    </message>
    <message>
      <source>Final state: no further status changes.</source>
      <translation>Konačan status: nema daljih promena statusa.</translation>
    </message>
    <message>
      <source>The next status change is for a manager.</source>
      <translation>Sledeću promenu statusa vrši rukovodilac.</translation>
    </message>
    <message>
      <source>Resume ({status})…</source>
      <translation>Nastavi ({status})…</translation>
    </message>
    <message>
      <source>Quote sent…</source>
      <translation>Ponuda poslata…</translation>
    </message>
    <message>
      <source>Approve quote…</source>
      <translation>Odobri ponudu…</translation>
    </message>
    <message>
      <source>Start work…</source>
      <translation>Započni rad…</translation>
    </message>
    <message>
      <source>Start testing…</source>
      <translation>Započni ispitivanje…</translation>
    </message>
    <message>
      <source>Complete…</source>
      <translation>Završi…</translation>
    </message>
    <message>
      <source>Delivered…</source>
      <translation>Isporučeno…</translation>
    </message>
    <message>
      <source>Put on hold…</source>
      <translation>Stavi na čekanje…</translation>
    </message>
    <message>
      <source>Cancel job…</source>
      <translation>Otkaži posao…</translation>
    </message>
    <message>
      <source>Saved.</source>
      <translation>Sačuvano.</translation>
    </message>
    <message>
      <source>New kiosk code</source>
      <translation>Novi kod za kiosk</translation>
    </message>
    <message>
      <source>Generate a new kiosk access code for {reference}? The code the customer has now stops working.</source>
      <translation>Generisati novi pristupni kod za kiosk za {reference}? Kod koji klijent sada ima prestaje da važi.</translation>
    </message>
    <message>
      <source>Intake slip</source>
      <translation>Prijemnica</translation>
    </message>
    <message>
      <source>Make the intake slip of {reference}? It carries a NEW kiosk access code: the code the customer has now stops working.</source>
      <translation>Napraviti prijemnicu za {reference}? Ona sadrži NOVI pristupni kod za kiosk: kod koji klijent sada ima prestaje da važi.</translation>
    </message>
    <message>
      <source>Intake slip of {reference}</source>
      <translation>Prijemnica za {reference}</translation>
    </message>
    <message>
      <source>Making the intake slip…</source>
      <translation>Pravi se prijemnica…</translation>
    </message>
  </context>
  <context>
    <name>JobForm</name>
    <message>
      <source>not an amount</source>
      <translation>nije ispravan iznos</translation>
    </message>
    <message>
      <source>must be zero or more</source>
      <translation>mora biti nula ili više</translation>
    </message>
    <message>
      <source>at most two decimals</source>
      <translation>najviše dve decimale</translation>
    </message>
    <message>
      <source>e.g. S355J2, AlSi10Mg</source>
      <translation>npr. S355J2, AlSi10Mg</translation>
    </message>
    <message>
      <source>due</source>
      <translation>rok</translation>
    </message>
    <message>
      <source>not quoted yet</source>
      <translation>još nema ponude</translation>
    </message>
    <message>
      <source>Priority:</source>
      <translation>Prioritet:</translation>
    </message>
    <message>
      <source>C&amp;ompany:</source>
      <translation>&amp;Firma:</translation>
    </message>
    <message>
      <source>Co&amp;ntact:</source>
      <translation>&amp;Kontakt osoba:</translation>
    </message>
    <message>
      <source>&amp;Title:</source>
      <translation>&amp;Naziv:</translation>
    </message>
    <message>
      <source>&amp;Description:</source>
      <translation>&amp;Opis:</translation>
    </message>
    <message>
      <source>&amp;Material/grade:</source>
      <translation>&amp;Materijal/kvalitet:</translation>
    </message>
    <message>
      <source>&amp;Quantity:</source>
      <translation>Ko&amp;ličina:</translation>
    </message>
    <message>
      <source>Requested &amp;on:</source>
      <translation>Datum &amp;zahteva:</translation>
    </message>
    <message>
      <source>Responsible &amp;technician:</source>
      <translation>Odgovorni &amp;tehničar:</translation>
    </message>
    <message>
      <source>Quoted &amp;price:</source>
      <translation>&amp;Cena iz ponude:</translation>
    </message>
    <message>
      <source>Customer order &amp;no.:</source>
      <translation>Broj &amp;porudžbine klijenta:</translation>
    </message>
    <message>
      <source>— choose a company —</source>
      <translation>— izaberite firmu —</translation>
    </message>
    <message>
      <source>— nobody yet —</source>
      <translation>— još niko —</translation>
    </message>
    <message>
      <source>— none —</source>
      <translation>— nema —</translation>
    </message>
    <message>
      <source>(inactive user)</source>
      <translation>(neaktivan korisnik)</translation>
    </message>
    <message>
      <source>Company: choose one</source>
      <translation>Firma: izaberite jednu</translation>
    </message>
    <message>
      <source>Title: required</source>
      <translation>Naziv: obavezno</translation>
    </message>
    <message>
      <source>Quoted price: {problem}</source>
      <translation>Cena iz ponude: {problem}</translation>
    </message>
    <message>
      <source>Due date: before the request date</source>
      <translation>Rok: pre datuma zahteva</translation>
    </message>
  </context>
  <context>
    <name>NewJobDialog</name>
    <message>
      <source>New job</source>
      <translation>Novi posao</translation>
    </message>
    <message>
      <source>&amp;Register job</source>
      <translation>&amp;Registruj posao</translation>
    </message>
  </context>
  <context>
    <name>TransitionDialog</name>
    <message>
      <source>{reference}: {from_} → {to}</source>
      <translation>{reference}: {from_} → {to}</translation>
    </message>
    <message>
      <source>optional — the customer sees this text</source>
      <translation>opciono — ovaj tekst vidi klijent</translation>
    </message>
    <message>
      <source>&amp;Reason (required):</source>
      <translation>&amp;Razlog (obavezno):</translation>
    </message>
    <message>
      <source>&amp;Internal note:</source>
      <translation>&amp;Interna napomena:</translation>
    </message>
    <message>
      <source>&amp;Public note
(kiosk):</source>
      <translation>&amp;Javna napomena
(kiosk):</translation>
    </message>
    <message>
      <source>Change status</source>
      <translation>Promeni status</translation>
    </message>
    <message>
      <source>Reason: required to cancel a job</source>
      <translation>Razlog: obavezan za otkazivanje posla</translation>
    </message>
  </context>
  <context>
    <name>AccessCodeDialog</name>
    <message>
      <source>Kiosk access code of {reference}</source>
      <translation>Pristupni kod za kiosk za {reference}</translation>
    </message>
    <message>
      <source>The customer opens {reference} at the kiosk with this code:</source>
      <translation>Klijent ovim kodom otvara {reference} na kiosku:</translation>
    </message>
    <message>
      <source>⚠ This code is shown only this once. Only its hash is stored, so it cannot be looked up later: write it down or pass it to the customer now. A manager can generate a new code (the old one then stops working).</source>
      <translation>⚠ Ovaj kod se prikazuje samo ovaj put. Čuva se samo njegov heš, pa se kasnije ne može pronaći: zapišite ga ili ga odmah predajte klijentu. Rukovodilac može da generiše novi kod (stari tada prestaje da važi).</translation>
    </message>
    <message>
      <source>I have noted it</source>
      <translation>Kod je zabeležen</translation>
    </message>
  </context>
  <context>
    <name>JobReportDialog</name>
    <message>
      <source>Test report of {reference}</source>
      <translation>Izveštaj o ispitivanju za {reference}</translation>
    </message>
    <message>
      <source>&amp;Preview draft</source>
      <translation>&amp;Pregled nacrta</translation>
    </message>
    <message>
      <source>&amp;Issue report…</source>
      <translation>&amp;Izdaj izveštaj…</translation>
    </message>
    <message>
      <source>Language:</source>
      <translation>Jezik:</translation>
    </message>
    <message>
      <source>Making the draft report…</source>
      <translation>Pravi se nacrt izveštaja…</translation>
    </message>
    <message>
      <source>Issue test report</source>
      <translation>Izdavanje izveštaja o ispitivanju</translation>
    </message>
    <message>
      <source>Issue the test report of {reference}? It gets the next report number and is archived for good; a later correction is an amendment.</source>
      <translation>Izdati izveštaj o ispitivanju za {reference}? Dobija sledeći broj izveštaja i trajno se arhivira; kasnija ispravka izdaje se kao izmena.</translation>
    </message>
    <message>
      <source>Issuing the test report…</source>
      <translation>Izdavanje izveštaja o ispitivanju…</translation>
    </message>
  </context>
  <context>
    <name>JobReportsTab</name>
    <message>
      <source>No test report of this job has been issued yet.</source>
      <translation>Za ovaj posao još nije izdat izveštaj o ispitivanju.</translation>
    </message>
    <message>
      <source>Opening the archived report…</source>
      <translation>Otvaranje arhiviranog izveštaja…</translation>
    </message>
    <message>
      <source>Amendment of {number}</source>
      <translation>Izmena izveštaja {number}</translation>
    </message>
    <message>
      <source>Issuing the amendment…</source>
      <translation>Izdavanje izmene…</translation>
    </message>
  </context>
  <context>
    <name>JobResultsTab</name>
    <message>
      <source>&amp;New result…</source>
      <translation>&amp;Novi rezultat…</translation>
    </message>
    <message>
      <source>Open in &amp;Results</source>
      <translation>Otvori u &amp;Rezultatima</translation>
    </message>
    <message>
      <source>No test results yet.</source>
      <translation>Još nema rezultata ispitivanja.</translation>
    </message>
    <message>
      <source>{n} not judged</source>
      <translation>{n} bez ocene</translation>
    </message>
    <message numerus="yes">
      <source>%n record(s): </source>
      <translation>
        <numerusform>Zapisi (%n): </numerusform>
        <numerusform>Zapisi (%n): </numerusform>
        <numerusform>Zapisi (%n): </numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>SpecimensTab</name>
    <message>
      <source>in the lab</source>
      <translation>u laboratoriji</translation>
    </message>
    <message>
      <source>stored</source>
      <translation>uskladišten</translation>
    </message>
    <message>
      <source>returned</source>
      <translation>vraćen</translation>
    </message>
    <message>
      <source>disposed of</source>
      <translation>uništen</translation>
    </message>
    <message>
      <source>&amp;Receive item…</source>
      <translation>&amp;Primi predmet…</translation>
    </message>
    <message>
      <source>&amp;Edit…</source>
      <translation>&amp;Izmeni…</translation>
    </message>
    <message numerus="yes">
      <source>%n item(s), {in_lab} in the lab</source>
      <translation>
        <numerusform>Predmeta: %n, u laboratoriji: {in_lab}</numerusform>
        <numerusform>Predmeta: %n, u laboratoriji: {in_lab}</numerusform>
        <numerusform>Predmeta: %n, u laboratoriji: {in_lab}</numerusform>
      </translation>
    </message>
    <message>
      <source>on receipt: {condition}</source>
      <translation>pri prijemu: {condition}</translation>
    </message>
    <message>
      <source>received {date}</source>
      <translation>primljeno: {date}</translation>
    </message>
    <message>
      <source>kept at {place}</source>
      <translation>mesto čuvanja: {place}</translation>
    </message>
    <message>
      <source>Received as {code}.</source>
      <translation>Primljeno pod oznakom {code}.</translation>
    </message>
    <message>
      <source>{code} saved.</source>
      <translation>Sačuvano: {code}.</translation>
    </message>
  </context>
  <context>
    <name>SpecimensTableModel</name>
    <message>
      <source>Code</source>
      <translation>Oznaka</translation>
    </message>
    <message>
      <source>Description</source>
      <translation>Opis</translation>
    </message>
    <message>
      <source>Material</source>
      <translation>Materijal</translation>
    </message>
    <message>
      <source>Condition on receipt</source>
      <translation>Stanje pri prijemu</translation>
    </message>
    <message>
      <source>Received</source>
      <translation>Primljeno</translation>
    </message>
    <message>
      <source>Storage location</source>
      <translation>Mesto čuvanja</translation>
    </message>
    <message>
      <source>Disposition</source>
      <translation>Postupanje sa uzorkom</translation>
    </message>
    <message>
      <source>Returned/disposed on</source>
      <translation>Datum vraćanja/uništenja</translation>
    </message>
  </context>
  <context>
    <name>SpecimenDialog</name>
    <message>
      <source>Edit {code}</source>
      <translation>Izmena: {code}</translation>
    </message>
    <message>
      <source>Receive an item</source>
      <translation>Prijem predmeta</translation>
    </message>
    <message>
      <source>given when saved</source>
      <translation>dodeljuje se pri čuvanju</translation>
    </message>
    <message>
      <source>e.g. as machined, no visible damage</source>
      <translation>npr. mašinski obrađeno, bez vidljivih oštećenja</translation>
    </message>
    <message>
      <source>Code:</source>
      <translation>Oznaka:</translation>
    </message>
    <message>
      <source>&amp;Description:</source>
      <translation>&amp;Opis:</translation>
    </message>
    <message>
      <source>&amp;Material:</source>
      <translation>&amp;Materijal:</translation>
    </message>
    <message>
      <source>&amp;Condition on receipt:</source>
      <translation>&amp;Stanje pri prijemu:</translation>
    </message>
    <message>
      <source>&amp;Received on:</source>
      <translation>&amp;Datum prijema:</translation>
    </message>
    <message>
      <source>&amp;Storage location:</source>
      <translation>Mesto &amp;čuvanja:</translation>
    </message>
    <message>
      <source>D&amp;isposition:</source>
      <translation>&amp;Postupanje:</translation>
    </message>
    <message>
      <source>Returned/disposed &amp;on:</source>
      <translation>Datum vraćanja/&amp;uništenja:</translation>
    </message>
    <message>
      <source>Save</source>
      <translation>Sačuvaj</translation>
    </message>
    <message>
      <source>Description: required</source>
      <translation>Opis: obavezno</translation>
    </message>
  </context>
  <context>
    <name>UsageLinesModel</name>
    <message>
      <source>Equipment</source>
      <translation>Oprema</translation>
    </message>
    <message>
      <source>Operator</source>
      <translation>Operater</translation>
    </message>
    <message>
      <source>Start</source>
      <translation>Početak</translation>
    </message>
    <message>
      <source>Stop</source>
      <translation>Zaustavljanje</translation>
    </message>
    <message>
      <source>Hours</source>
      <translation>Sati</translation>
    </message>
    <message>
      <source>Purpose</source>
      <translation>Svrha</translation>
    </message>
    <message>
      <source>running</source>
      <translation>traje</translation>
    </message>
  </context>
  <context>
    <name>StepDialog</name>
    <message>
      <source>Edit step</source>
      <translation>Izmena koraka</translation>
    </message>
    <message>
      <source>Add a step</source>
      <translation>Dodavanje koraka</translation>
    </message>
    <message>
      <source>(no equipment)</source>
      <translation>(bez opreme)</translation>
    </message>
    <message>
      <source>&amp;Description:</source>
      <translation>&amp;Opis:</translation>
    </message>
    <message>
      <source>&amp;Equipment:</source>
      <translation>O&amp;prema:</translation>
    </message>
    <message>
      <source>&amp;Planned hours:</source>
      <translation>Planirani &amp;sati:</translation>
    </message>
    <message>
      <source>Save</source>
      <translation>Sačuvaj</translation>
    </message>
    <message>
      <source>Description: required</source>
      <translation>Opis: obavezno</translation>
    </message>
    <message>
      <source>Planned hours: {problem}</source>
      <translation>Planirani sati: {problem}</translation>
    </message>
  </context>
  <context>
    <name>LinkUsageDialog</name>
    <message>
      <source>Link a usage session</source>
      <translation>Povezivanje sesije korišćenja</translation>
    </message>
    <message>
      <source>Step {n} has no equipment. Edit the step and choose its machine first.</source>
      <translation>Korak {n} nema opremu. Prvo izmenite korak i izaberite njegovu mašinu.</translation>
    </message>
    <message>
      <source>No usage session on {equipment} is free to link (each belongs to a job).</source>
      <translation>Na opremi {equipment} nema slobodne sesije korišćenja za povezivanje (svaka pripada nekom poslu).</translation>
    </message>
    <message>
      <source>Usage sessions on {equipment} not yet booked to a job, newest first. The chosen one counts for step {n}.</source>
      <translation>Sesije korišćenja na opremi {equipment} koje još nisu dodeljene nekom poslu, od najnovije. Izabrana se računa za korak {n}.</translation>
    </message>
    <message>
      <source>Link</source>
      <translation>Poveži</translation>
    </message>
  </context>
  <context>
    <name>StepsTableModel</name>
    <message>
      <source>#</source>
      <translation>#</translation>
    </message>
    <message>
      <source>Description</source>
      <translation>Opis</translation>
    </message>
    <message>
      <source>Equipment</source>
      <translation>Oprema</translation>
    </message>
    <message>
      <source>Planned h</source>
      <translation>Planirano h</translation>
    </message>
    <message>
      <source>Actual h</source>
      <translation>Stvarno h</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message numerus="yes">
      <source>+%n running</source>
      <translation>
        <numerusform>+%n u toku</numerusform>
        <numerusform>+%n u toku</numerusform>
        <numerusform>+%n u toku</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>StepBookingsModel</name>
    <message>
      <source>Equipment</source>
      <translation>Oprema</translation>
    </message>
    <message>
      <source>Booked for</source>
      <translation>Rezervisano za</translation>
    </message>
    <message>
      <source>Start</source>
      <translation>Početak</translation>
    </message>
    <message>
      <source>End</source>
      <translation>Kraj</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <source>Purpose</source>
      <translation>Svrha</translation>
    </message>
  </context>
  <context>
    <name>StepsTab</name>
    <message>
      <source>&amp;Add step…</source>
      <translation>Dod&amp;aj korak…</translation>
    </message>
    <message>
      <source>&amp;Edit…</source>
      <translation>&amp;Izmeni…</translation>
    </message>
    <message>
      <source>Move &amp;up</source>
      <translation>Pomeri &amp;gore</translation>
    </message>
    <message>
      <source>Move &amp;down</source>
      <translation>Pomeri &amp;dole</translation>
    </message>
    <message>
      <source>&amp;Remove</source>
      <translation>&amp;Ukloni</translation>
    </message>
    <message>
      <source>&amp;Set status</source>
      <translation>Postavi &amp;status</translation>
    </message>
    <message>
      <source>&amp;Link usage session…</source>
      <translation>&amp;Poveži sesiju korišćenja…</translation>
    </message>
    <message>
      <source>Unlin&amp;k from step</source>
      <translation>Ukloni &amp;vezu sa korakom</translation>
    </message>
    <message>
      <source>Only a manager or an administrator plans the steps.</source>
      <translation>Korake planira samo rukovodilac ili administrator.</translation>
    </message>
    <message>
      <source>Usage sessions</source>
      <translation>Sesije korišćenja</translation>
    </message>
    <message>
      <source>Bookings</source>
      <translation>Rezervacije</translation>
    </message>
    <message numerus="yes">
      <source>%n step(s): {planned} h planned, {actual} h used</source>
      <translation>
        <numerusform>Koraci (%n): planirano {planned} h, iskorišćeno {actual} h</numerusform>
        <numerusform>Koraci (%n): planirano {planned} h, iskorišćeno {actual} h</numerusform>
        <numerusform>Koraci (%n): planirano {planned} h, iskorišćeno {actual} h</numerusform>
      </translation>
    </message>
    <message>
      <source>; {hours} h booked to the job on no step</source>
      <translation>; {hours} h dodeljeno poslu bez koraka</translation>
    </message>
    <message>
      <source>{reference} is {status}: its steps can no longer be changed.</source>
      <translation>{reference} ima status {status}: njegovi koraci se više ne mogu menjati.</translation>
    </message>
    <message>
      <source>Usage sessions of the step ({n})</source>
      <translation>Sesije korišćenja koraka ({n})</translation>
    </message>
    <message>
      <source>Bookings of the step ({n})</source>
      <translation>Rezervacije koraka ({n})</translation>
    </message>
    <message>
      <source>Remove step</source>
      <translation>Uklanjanje koraka</translation>
    </message>
    <message>
      <source>Remove step {n}, “{description}”, from the plan?</source>
      <translation>Ukloniti korak {n}, „{description}”, iz plana?</translation>
    </message>
  </context>
  <context>
    <name>JobTabs</name>
    <message>
      <source>not a number</source>
      <translation>nije broj</translation>
    </message>
    <message>
      <source>more than zero</source>
      <translation>mora biti veće od nule</translation>
    </message>
    <message>
      <source>zero or more</source>
      <translation>mora biti nula ili više</translation>
    </message>
    <message>
      <source>too large</source>
      <translation>preveliko</translation>
    </message>
    <message numerus="yes">
      <source>at most %n decimal(s)</source>
      <translation>
        <numerusform>najviše decimala: %n</numerusform>
        <numerusform>najviše decimala: %n</numerusform>
        <numerusform>najviše decimala: %n</numerusform>
      </translation>
    </message>
    <message>
      <source>planned</source>
      <translation>planiran</translation>
    </message>
    <message>
      <source>in progress</source>
      <translation>u toku</translation>
    </message>
    <message>
      <source>done</source>
      <translation>završen</translation>
    </message>
  </context>
  <context>
    <name>TimelineTab</name>
    <message>
      <source>Notes marked “public” are shown to the customer at the kiosk.</source>
      <translation>Napomene označene kao „javne” klijent vidi na kiosku.</translation>
    </message>
  </context>
  <context>
    <name>JobsPage</name>
    <message>
      <source>Open jobs</source>
      <translation>Otvoreni poslovi</translation>
    </message>
    <message>
      <source>All jobs</source>
      <translation>Svi poslovi</translation>
    </message>
    <message>
      <source>O&amp;verdue</source>
      <translation>&amp;Kasne</translation>
    </message>
    <message>
      <source>Due this &amp;week</source>
      <translation>Rok ove &amp;nedelje</translation>
    </message>
    <message>
      <source>Search reference, title, material, company…</source>
      <translation>Pretraga po oznaci, nazivu, materijalu, firmi…</translation>
    </message>
    <message>
      <source>&amp;New job…</source>
      <translation>&amp;Novi posao…</translation>
    </message>
    <message>
      <source>All companies</source>
      <translation>Sve firme</translation>
    </message>
    <message>
      <source>Any technician</source>
      <translation>Bilo koji tehničar</translation>
    </message>
    <message>
      <source>1 job</source>
      <translation>1 posao</translation>
    </message>
    <message>
      <source>{n} jobs</source>
      <translation>Broj poslova: {n}</translation>
    </message>
  </context>
  <context>
    <name>pages</name>
    <message>
      <source>Dashboard</source>
      <translation>Kontrolna tabla</translation>
    </message>
    <message>
      <source>Equipment</source>
      <translation>Oprema</translation>
    </message>
    <message>
      <source>Bookings</source>
      <translation>Rezervacije</translation>
    </message>
    <message>
      <source>Jobs</source>
      <translation>Poslovi</translation>
    </message>
    <message>
      <source>Results</source>
      <translation>Rezultati</translation>
    </message>
    <message>
      <source>Companies</source>
      <translation>Firme</translation>
    </message>
    <message>
      <source>Reports</source>
      <translation>Izveštaji</translation>
    </message>
    <message>
      <source>Admin</source>
      <translation>Administracija</translation>
    </message>
    <message>
      <source>My account</source>
      <translation>Moj nalog</translation>
    </message>
  </context>
  <context>
    <name>ReportPane</name>
    <message>
      <source>Choose a report and its parameters, then make it.</source>
      <translation>Izaberite izveštaj i njegove parametre, pa ga napravite.</translation>
    </message>
    <message>
      <source>Saved {path}</source>
      <translation>Sačuvano: {path}</translation>
    </message>
    <message>
      <source>Export &amp;XLSX…</source>
      <translation>Izvezi u &amp;XLSX…</translation>
    </message>
    <message>
      <source>Export &amp;CSV…</source>
      <translation>Izvezi u &amp;CSV…</translation>
    </message>
    <message>
      <source>Sent {pages} page(s) to the printer.</source>
      <translation>Na štampač je poslato stranica: {pages}.</translation>
    </message>
    <message>
      <source>Export the figures</source>
      <translation>Izvoz podataka</translation>
    </message>
    <message>
      <source>Cannot write {path}: {reason}</source>
      <translation>Nije moguće upisati {path}: {reason}</translation>
    </message>
  </context>
  <context>
    <name>IssuedReportsList</name>
    <message>
      <source>Search report number, job or company…</source>
      <translation>Pretraga po broju izveštaja, poslu ili firmi…</translation>
    </message>
    <message>
      <source>No report has been issued yet.</source>
      <translation>Još nije izdat nijedan izveštaj.</translation>
    </message>
    <message>
      <source>&amp;Open</source>
      <translation>&amp;Otvori</translation>
    </message>
    <message>
      <source>Show the report exactly as issued, to reprint it</source>
      <translation>Prikaz izveštaja tačno onakvog kakav je izdat, radi ponovnog štampanja</translation>
    </message>
    <message>
      <source>A&amp;mend…</source>
      <translation>&amp;Izmena…</translation>
    </message>
    <message>
      <source>Issue an amendment that replaces this report (the old one stays archived)</source>
      <translation>Izdavanje izmene koja zamenjuje ovaj izveštaj (stari ostaje arhiviran)</translation>
    </message>
    <message>
      <source>Report</source>
      <translation>Izveštaj</translation>
    </message>
    <message>
      <source>Job</source>
      <translation>Posao</translation>
    </message>
    <message>
      <source>Company</source>
      <translation>Firma</translation>
    </message>
    <message>
      <source>Issued</source>
      <translation>Izdat</translation>
    </message>
    <message>
      <source>By</source>
      <translation>Izdao</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <source>current</source>
      <translation>važeći</translation>
    </message>
    <message>
      <source>superseded by {number}</source>
      <translation>zamenjen izveštajem {number}</translation>
    </message>
    <message>
      <source>amends {number}</source>
      <translation>izmena izveštaja {number}</translation>
    </message>
  </context>
  <context>
    <name>AmendDialog</name>
    <message>
      <source>Amend {number}</source>
      <translation>Izmena izveštaja {number}</translation>
    </message>
    <message>
      <source>A new report, “Amendment to report {number}”, is issued from the job's approved results as they are now. {number} stays archived and is marked superseded.</source>
      <translation>Izdaje se novi izveštaj, „Izmena izveštaja {number}”, na osnovu trenutno odobrenih rezultata posla. {number} ostaje arhiviran i označava se kao zamenjen.</translation>
    </message>
    <message>
      <source>What was wrong or has changed</source>
      <translation>Šta je bilo pogrešno ili se promenilo</translation>
    </message>
    <message>
      <source>Reason:</source>
      <translation>Razlog:</translation>
    </message>
    <message>
      <source>Language:</source>
      <translation>Jezik:</translation>
    </message>
    <message>
      <source>Issue amendment</source>
      <translation>Izdaj izmenu</translation>
    </message>
  </context>
  <context>
    <name>Reports</name>
    <message>
      <source>Draft test report of {reference} — not valid, not archived</source>
      <translation>Nacrt izveštaja o ispitivanju za {reference} — nije važeći, nije arhiviran</translation>
    </message>
    <message>
      <source>{number} — {reference}, issued {date} by {name}</source>
      <translation>{number} — {reference}, izdat {date}, izdao {name}</translation>
    </message>
    <message>
      <source>superseded by {number}</source>
      <translation>zamenjen izveštajem {number}</translation>
    </message>
    <message>
      <source>Intake slip of {reference} — carries a new kiosk access code</source>
      <translation>Prijemnica za {reference} — sadrži novi pristupni kod za kiosk</translation>
    </message>
    <message>
      <source>Usage report {period}: {count} equipment, {hours} used hours</source>
      <translation>Izveštaj o korišćenju {period}: opreme {count}, sati korišćenja {hours}</translation>
    </message>
  </context>
  <context>
    <name>UsagePanel</name>
    <message>
      <source>Month</source>
      <translation>Mesec</translation>
    </message>
    <message>
      <source>Quarter</source>
      <translation>Kvartal</translation>
    </message>
    <message>
      <source>Year</source>
      <translation>Godina</translation>
    </message>
    <message>
      <source>Custom dates</source>
      <translation>Proizvoljni datumi</translation>
    </message>
    <message>
      <source>All categories</source>
      <translation>Sve kategorije</translation>
    </message>
    <message>
      <source>None ticked: all equipment of the category.</source>
      <translation>Ništa nije označeno: sva oprema iz kategorije.</translation>
    </message>
    <message>
      <source>Period:</source>
      <translation>Period:</translation>
    </message>
    <message>
      <source>From – to:</source>
      <translation>Od – do:</translation>
    </message>
    <message>
      <source>Category:</source>
      <translation>Kategorija:</translation>
    </message>
    <message>
      <source>Equipment:</source>
      <translation>Oprema:</translation>
    </message>
    <message>
      <source>Q{n}</source>
      <translation>{n}. kvartal</translation>
    </message>
  </context>
  <context>
    <name>ReportsPage</name>
    <message>
      <source>Test report of a job</source>
      <translation>Izveštaj o ispitivanju za posao</translation>
    </message>
    <message>
      <source>Intake slip of a job</source>
      <translation>Prijemnica za posao</translation>
    </message>
    <message>
      <source>Equipment usage report</source>
      <translation>Izveštaj o korišćenju opreme</translation>
    </message>
    <message>
      <source>Job reference or title…</source>
      <translation>Oznaka ili naziv posla…</translation>
    </message>
    <message>
      <source>Job:</source>
      <translation>Posao:</translation>
    </message>
    <message>
      <source>&amp;Preview draft</source>
      <translation>&amp;Pregled nacrta</translation>
    </message>
    <message>
      <source>Every current result, watermarked “DRAFT — not valid”; nothing is stored</source>
      <translation>Svi aktuelni rezultati, sa vodenim žigom „NACRT — nije važeći”; ništa se ne čuva</translation>
    </message>
    <message>
      <source>&amp;Issue report…</source>
      <translation>&amp;Izdaj izveštaj…</translation>
    </message>
    <message>
      <source>The approved results get the next report number and are archived for good</source>
      <translation>Odobreni rezultati dobijaju sledeći broj izveštaja i trajno se arhiviraju</translation>
    </message>
    <message>
      <source>&amp;Make intake slip…</source>
      <translation>Napravi &amp;prijemnicu…</translation>
    </message>
    <message>
      <source>&amp;Make report</source>
      <translation>&amp;Napravi izveštaj</translation>
    </message>
    <message>
      <source>Make a report</source>
      <translation>Pravljenje izveštaja</translation>
    </message>
    <message>
      <source>Report:</source>
      <translation>Izveštaj:</translation>
    </message>
    <message>
      <source>Language:</source>
      <translation>Jezik:</translation>
    </message>
    <message>
      <source>Issued test reports</source>
      <translation>Izdati izveštaji o ispitivanju</translation>
    </message>
    <message>
      <source>Making the draft report…</source>
      <translation>Pravi se nacrt izveštaja…</translation>
    </message>
    <message>
      <source>Issue test report</source>
      <translation>Izdavanje izveštaja o ispitivanju</translation>
    </message>
    <message>
      <source>Issue the test report of {job}? It gets the next report number and is archived for good; a later correction is an amendment.</source>
      <translation>Izdati izveštaj o ispitivanju za {job}? Dobija sledeći broj izveštaja i trajno se arhivira; kasnija ispravka izdaje se kao izmena.</translation>
    </message>
    <message>
      <source>Issuing the test report…</source>
      <translation>Izdavanje izveštaja o ispitivanju…</translation>
    </message>
    <message>
      <source>Intake slip</source>
      <translation>Prijemnica</translation>
    </message>
    <message>
      <source>Make the intake slip of {job}? It carries a NEW kiosk access code: the code the customer has now stops working.</source>
      <translation>Napraviti prijemnicu za {job}? Ona sadrži NOVI pristupni kod za kiosk: kod koji klijent sada ima prestaje da važi.</translation>
    </message>
    <message>
      <source>Making the intake slip…</source>
      <translation>Pravi se prijemnica…</translation>
    </message>
    <message>
      <source>Adding up the usage figures…</source>
      <translation>Sabiranje podataka o korišćenju…</translation>
    </message>
    <message>
      <source>Opening the archived report…</source>
      <translation>Otvaranje arhiviranog izveštaja…</translation>
    </message>
    <message>
      <source>Issuing the amendment…</source>
      <translation>Izdavanje izmene…</translation>
    </message>
  </context>
  <context>
    <name>DimensionalCharts</name>
    <message>
      <source>Characteristic:</source>
      <translation>Karakteristika:</translation>
    </message>
    <message>
      <source>No series to chart: a control chart needs at least two whole subgroups of measurements.</source>
      <translation>Nema serije za dijagram: kontrolna karta zahteva najmanje dve potpune podgrupe merenja.</translation>
    </message>
  </context>
  <context>
    <name>ResultDetailPanel</name>
    <message>
      <source>Job / specimen</source>
      <translation>Posao / uzorak</translation>
    </message>
    <message>
      <source>Instrument</source>
      <translation>Merni instrument</translation>
    </message>
    <message>
      <source>Performed</source>
      <translation>Izvršeno</translation>
    </message>
    <message>
      <source>Conditions</source>
      <translation>Uslovi okoline</translation>
    </message>
    <message>
      <source>Raw file</source>
      <translation>Datoteka sirovih podataka</translation>
    </message>
    <message>
      <source>Reviewed</source>
      <translation>Pregledan</translation>
    </message>
    <message>
      <source>Approved</source>
      <translation>Odobren</translation>
    </message>
    <message>
      <source>Revision</source>
      <translation>Revizija</translation>
    </message>
    <message>
      <source>Deviations</source>
      <translation>Odstupanja</translation>
    </message>
    <message>
      <source>Remarks</source>
      <translation>Napomene</translation>
    </message>
    <message>
      <source>&amp;Overlay the job's tensile specimens</source>
      <translation>&amp;Preklopi krive svih epruveta posla</translation>
    </message>
    <message>
      <source>Choose a test record in the list.</source>
      <translation>Izaberite rezultat ispitivanja sa liste.</translation>
    </message>
    <message>
      <source>Overall: the worst decision of the values</source>
      <translation>Ukupno: najlošija odluka među vrednostima</translation>
    </message>
    <message>
      <source>No limits: nothing was judged</source>
      <translation>Nema granica: ništa nije ocenjeno</translation>
    </message>
    <message>
      <source>used under calibration override #{id} (out of calibration that day)</source>
      <translation>korišćen uz odobrenje izuzetka za kalibraciju #{id} (tog dana bio van kalibracije)</translation>
    </message>
    <message>
      <source>{who}, {when}</source>
      <translation>{who}, {when}</translation>
    </message>
    <message>
      <source>{rh} % RH</source>
      <translation>{rh} % RV</translation>
    </message>
    <message>
      <source>SHA-256 {hash}</source>
      <translation>SHA-256 {hash}</translation>
    </message>
    <message>
      <source>not yet</source>
      <translation>još nije</translation>
    </message>
    <message>
      <source>reason: {reason}</source>
      <translation>razlog: {reason}</translation>
    </message>
    <message>
      <source>← previous (rev. {n})</source>
      <translation>← prethodna (rev. {n})</translation>
    </message>
    <message>
      <source>replaced by rev. {n} →</source>
      <translation>zamenjena revizijom {n} →</translation>
    </message>
    <message>
      <source>No plot: the record cannot be recomputed.
{problem}</source>
      <translation>Nema dijagrama: zapis se ne može ponovo izračunati.
{problem}</translation>
    </message>
    <message>
      <source>No plot for this test.</source>
      <translation>Za ovo ispitivanje nema dijagrama.</translation>
    </message>
  </context>
  <context>
    <name>ResultEditorDialog</name>
    <message>
      <source>New {type} record</source>
      <translation>Novi zapis ({type})</translation>
    </message>
    <message>
      <source>Edit {type} record</source>
      <translation>Izmena zapisa ({type})</translation>
    </message>
    <message>
      <source>Job</source>
      <translation>Posao</translation>
    </message>
    <message>
      <source>Specimen</source>
      <translation>Uzorak</translation>
    </message>
    <message>
      <source>Method</source>
      <translation>Metoda</translation>
    </message>
    <message>
      <source>Instrument</source>
      <translation>Merni instrument</translation>
    </message>
    <message>
      <source>Override</source>
      <translation>Odobrenje izuzetka</translation>
    </message>
    <message>
      <source>Performed by</source>
      <translation>Izvršio</translation>
    </message>
    <message>
      <source>Date and time</source>
      <translation>Datum i vreme</translation>
    </message>
    <message>
      <source>Temperature (°C)</source>
      <translation>Temperatura (°C)</translation>
    </message>
    <message>
      <source>Humidity (%)</source>
      <translation>Vlažnost (%)</translation>
    </message>
    <message>
      <source>Deviations</source>
      <translation>Odstupanja</translation>
    </message>
    <message>
      <source>Remarks</source>
      <translation>Napomene</translation>
    </message>
    <message>
      <source>Test</source>
      <translation>Ispitivanje</translation>
    </message>
    <message>
      <source>Inputs</source>
      <translation>Ulazni podaci</translation>
    </message>
    <message>
      <source>Computed values</source>
      <translation>Izračunate vrednosti</translation>
    </message>
    <message>
      <source>Limits (empty row = no limits)</source>
      <translation>Granice (prazan red = bez granica)</translation>
    </message>
    <message>
      <source>(no specimen)</source>
      <translation>(bez uzorka)</translation>
    </message>
    <message>
      <source>No instrument to choose</source>
      <translation>Nema mernog instrumenta za izbor</translation>
    </message>
    <message>
      <source>, valid until {date}</source>
      <translation>, važi do {date}</translation>
    </message>
    <message>
      <source> — the test will be refused unless a manager's override is chosen</source>
      <translation> — ispitivanje će biti odbijeno ako se ne izabere odobrenje izuzetka rukovodioca</translation>
    </message>
    <message>
      <source>(none)</source>
      <translation>(nema)</translation>
    </message>
    <message>
      <source>choose a job</source>
      <translation>izaberite posao</translation>
    </message>
    <message>
      <source>choose an instrument</source>
      <translation>izaberite merni instrument</translation>
    </message>
    <message>
      <source>choose a specimen</source>
      <translation>izaberite uzorak</translation>
    </message>
    <message>
      <source>Temperature</source>
      <translation>Temperatura</translation>
    </message>
    <message>
      <source>Humidity</source>
      <translation>Vlažnost</translation>
    </message>
  </context>
  <context>
    <name>LimitsTable</name>
    <message>
      <source>Lower</source>
      <translation>Donja</translation>
    </message>
    <message>
      <source>Upper</source>
      <translation>Gornja</translation>
    </message>
    <message>
      <source>U</source>
      <translation>U</translation>
    </message>
    <message>
      <source>k</source>
      <translation>k</translation>
    </message>
    <message>
      <source>Rule</source>
      <translation>Pravilo</translation>
    </message>
    <message>
      <source>Source</source>
      <translation>Izvor</translation>
    </message>
    <message>
      <source>simple</source>
      <translation>jednostavno</translation>
    </message>
    <message>
      <source>guard band ISO 14253-1</source>
      <translation>zaštitni pojas ISO 14253-1</translation>
    </message>
    <message>
      <source>lower</source>
      <translation>donja</translation>
    </message>
    <message>
      <source>upper</source>
      <translation>gornja</translation>
    </message>
  </context>
  <context>
    <name>ValuesTable</name>
    <message>
      <source>Quantity</source>
      <translation>Veličina</translation>
    </message>
    <message>
      <source>Item</source>
      <translation>Stavka</translation>
    </message>
    <message>
      <source>Value</source>
      <translation>Vrednost</translation>
    </message>
    <message>
      <source>Unit</source>
      <translation>Jedinica</translation>
    </message>
    <message>
      <source>Decision</source>
      <translation>Odluka</translation>
    </message>
    <message>
      <source>Flags</source>
      <translation>Oznake</translation>
    </message>
  </context>
  <context>
    <name>TensilePanel</name>
    <message>
      <source>Import file…</source>
      <translation>Uvezi datoteku…</translation>
    </message>
    <message>
      <source>No file imported</source>
      <translation>Nije uvezena datoteka</translation>
    </message>
    <message>
      <source>Round (d0)</source>
      <translation>Okrugli (d0)</translation>
    </message>
    <message>
      <source>Flat (a0 × b0)</source>
      <translation>Pljosnati (a0 × b0)</translation>
    </message>
    <message>
      <source>Cross-section S0</source>
      <translation>Poprečni presek S0</translation>
    </message>
    <message>
      <source>empty = 5.65·√S0</source>
      <translation>prazno = 5,65·√S0</translation>
    </message>
    <message>
      <source>optional</source>
      <translation>opciono</translation>
    </message>
    <message>
      <source>Report Rp1.0</source>
      <translation>Prikaži Rp1.0 u izveštaju</translation>
    </message>
    <message>
      <source>Shape</source>
      <translation>Oblik</translation>
    </message>
    <message>
      <source>d0 (mm)</source>
      <translation>d0 (mm)</translation>
    </message>
    <message>
      <source>a0 thickness (mm)</source>
      <translation>a0 debljina (mm)</translation>
    </message>
    <message>
      <source>b0 width (mm)</source>
      <translation>b0 širina (mm)</translation>
    </message>
    <message>
      <source>S0 (mm²)</source>
      <translation>S0 (mm²)</translation>
    </message>
    <message>
      <source>L0 (mm)</source>
      <translation>L0 (mm)</translation>
    </message>
    <message>
      <source>Lu (mm)</source>
      <translation>Lu (mm)</translation>
    </message>
    <message>
      <source>Su (mm²)</source>
      <translation>Su (mm²)</translation>
    </message>
    <message>
      <source>Tensile machine file</source>
      <translation>Datoteka mašine za ispitivanje zatezanjem</translation>
    </message>
    <message>
      <source>Machine records (*.txt *.csv *.TXT *.CSV *.dat);;All files (*)</source>
      <translation>Datoteke mašine (*.txt *.csv *.TXT *.CSV *.dat);;Sve datoteke (*)</translation>
    </message>
    <message>
      <source>{name} (stored)</source>
      <translation>{name} (sačuvano)</translation>
    </message>
    <message>
      <source>File</source>
      <translation>Datoteka</translation>
    </message>
    <message>
      <source>import the machine's raw file first</source>
      <translation>prvo uvezite datoteku sirovih podataka sa mašine</translation>
    </message>
    <message>
      <source>Diameter d0</source>
      <translation>Prečnik d0</translation>
    </message>
    <message>
      <source>Thickness a0</source>
      <translation>Debljina a0</translation>
    </message>
    <message>
      <source>Width b0</source>
      <translation>Širina b0</translation>
    </message>
    <message>
      <source>required</source>
      <translation>obavezno</translation>
    </message>
    <message>
      <source>Import {name} again: the draft kept what was typed, not the file</source>
      <translation>Ponovo uvezite {name}: nacrt je sačuvao ono što je ukucano, ne datoteku</translation>
    </message>
  </context>
  <context>
    <name>TableButtons</name>
    <message>
      <source>Add row</source>
      <translation>Dodaj red</translation>
    </message>
    <message>
      <source>Remove row</source>
      <translation>Ukloni red</translation>
    </message>
  </context>
  <context>
    <name>HardnessPanel</name>
    <message>
      <source>Vickers HV (ISO 6507-1)</source>
      <translation>Vickers HV (ISO 6507-1)</translation>
    </message>
    <message>
      <source>Brinell HBW (ISO 6506-1)</source>
      <translation>Brinell HBW (ISO 6506-1)</translation>
    </message>
    <message>
      <source>Rockwell (ISO 6508-1)</source>
      <translation>Rockwell (ISO 6508-1)</translation>
    </message>
    <message>
      <source>optional</source>
      <translation>opciono</translation>
    </message>
    <message>
      <source>Method</source>
      <translation>Metoda</translation>
    </message>
    <message>
      <source>Test force</source>
      <translation>Ispitna sila</translation>
    </message>
    <message>
      <source>Rockwell scale</source>
      <translation>Rockwell skala</translation>
    </message>
    <message>
      <source>Ball D (mm)</source>
      <translation>Kuglica D (mm)</translation>
    </message>
    <message>
      <source>Force F (kgf)</source>
      <translation>Sila F (kgf)</translation>
    </message>
    <message>
      <source>Specimen thickness (mm)</source>
      <translation>Debljina uzorka (mm)</translation>
    </message>
    <message>
      <source>Readings per indentation</source>
      <translation>Očitavanja po otisku</translation>
    </message>
    <message>
      <source>Value</source>
      <translation>Vrednost</translation>
    </message>
    <message>
      <source>HV / flags</source>
      <translation>HV / oznake</translation>
    </message>
    <message>
      <source>d1 (mm)</source>
      <translation>d1 (mm)</translation>
    </message>
    <message>
      <source>d2 (mm)</source>
      <translation>d2 (mm)</translation>
    </message>
    <message>
      <source>HBW / flags</source>
      <translation>HBW / oznake</translation>
    </message>
    <message>
      <source>Indentation {n}</source>
      <translation>Otisak {n}</translation>
    </message>
    <message>
      <source>Ball D</source>
      <translation>Kuglica D</translation>
    </message>
    <message>
      <source>Force F</source>
      <translation>Sila F</translation>
    </message>
    <message>
      <source>Specimen thickness</source>
      <translation>Debljina uzorka</translation>
    </message>
    <message>
      <source>Mean {mean}, range {range}</source>
      <translation>Srednja vrednost {mean}, raspon {range}</translation>
    </message>
  </context>
  <context>
    <name>CharpyPanel</name>
    <message>
      <source>V-notch</source>
      <translation>V-zarez</translation>
    </message>
    <message>
      <source>U-notch</source>
      <translation>U-zarez</translation>
    </message>
    <message>
      <source>2 mm striker (KV2)</source>
      <translation>Udarni nož 2 mm (KV2)</translation>
    </message>
    <message>
      <source>8 mm striker (KV8)</source>
      <translation>Udarni nož 8 mm (KV8)</translation>
    </message>
    <message>
      <source>Notch</source>
      <translation>Zarez</translation>
    </message>
    <message>
      <source>Striker</source>
      <translation>Udarni nož</translation>
    </message>
    <message>
      <source>Pendulum initial energy (J)</source>
      <translation>Početna energija klatna (J)</translation>
    </message>
    <message>
      <source>Test temperature (°C)</source>
      <translation>Temperatura ispitivanja (°C)</translation>
    </message>
    <message>
      <source>Specimen size</source>
      <translation>Dimenzije uzorka</translation>
    </message>
    <message>
      <source>Absorbed energy (J)</source>
      <translation>Apsorbovana energija (J)</translation>
    </message>
    <message>
      <source>Flags</source>
      <translation>Oznake</translation>
    </message>
    <message>
      <source>Specimen {n}</source>
      <translation>Uzorak {n}</translation>
    </message>
    <message>
      <source>Initial energy</source>
      <translation>Početna energija</translation>
    </message>
    <message>
      <source>Test temperature</source>
      <translation>Temperatura ispitivanja</translation>
    </message>
    <message>
      <source>above 80 % of the initial energy</source>
      <translation>iznad 80 % početne energije</translation>
    </message>
    <message>
      <source>{symbol}: mean {mean} J, lowest single value {low} J</source>
      <translation>{symbol}: srednja vrednost {mean} J, najmanja pojedinačna vrednost {low} J</translation>
    </message>
  </context>
  <context>
    <name>DimensionalPanel</name>
    <message>
      <source>Name</source>
      <translation>Naziv</translation>
    </message>
    <message>
      <source>Nominal</source>
      <translation>Nominalna</translation>
    </message>
    <message>
      <source>− tol</source>
      <translation>− tol</translation>
    </message>
    <message>
      <source>+ tol</source>
      <translation>+ tol</translation>
    </message>
    <message>
      <source>Unit</source>
      <translation>Jedinica</translation>
    </message>
    <message>
      <source>U</source>
      <translation>U</translation>
    </message>
    <message>
      <source>Rule</source>
      <translation>Pravilo</translation>
    </message>
    <message>
      <source>Subgroup size</source>
      <translation>Veličina podgrupe</translation>
    </message>
    <message>
      <source>One measured value per line (paste a column)</source>
      <translation>Jedna izmerena vrednost po redu (nalepite kolonu)</translation>
    </message>
    <message>
      <source>Measured values</source>
      <translation>Izmerene vrednosti</translation>
    </message>
    <message>
      <source>Per value</source>
      <translation>Po vrednosti</translation>
    </message>
    <message>
      <source>simple</source>
      <translation>jednostavno</translation>
    </message>
    <message>
      <source>guard band</source>
      <translation>zaštitni pojas</translation>
    </message>
    <message>
      <source>Measured values of {name}</source>
      <translation>Izmerene vrednosti: {name}</translation>
    </message>
    <message>
      <source>row {n}</source>
      <translation>red {n}</translation>
    </message>
    <message>
      <source>nominal</source>
      <translation>nominalna</translation>
    </message>
    <message>
      <source>required</source>
      <translation>obavezno</translation>
    </message>
    <message>
      <source>subgroup size</source>
      <translation>veličina podgrupe</translation>
    </message>
    <message>
      <source>Cp/Cpk once the series is complete</source>
      <translation>Cp/Cpk kada serija bude potpuna</translation>
    </message>
  </context>
  <context>
    <name>ResultActions</name>
    <message>
      <source>Your role does not enter test results.</source>
      <translation>Vaša uloga ne dozvoljava unos rezultata ispitivanja.</translation>
    </message>
    <message>
      <source>Choose a record in the list.</source>
      <translation>Izaberite zapis sa liste.</translation>
    </message>
    <message>
      <source>Only a draft can be changed; an approved record is corrected by a revision.</source>
      <translation>Menja se samo nacrt; odobren zapis se ispravlja revizijom.</translation>
    </message>
    <message>
      <source>Your role does not review test results.</source>
      <translation>Vaša uloga ne dozvoljava pregled rezultata ispitivanja.</translation>
    </message>
    <message>
      <source>Only a draft is reviewed.</source>
      <translation>Pregleda se samo nacrt.</translation>
    </message>
    <message>
      <source>You performed this test; another person must review it.</source>
      <translation>Vi ste izvršili ovo ispitivanje; mora ga pregledati druga osoba.</translation>
    </message>
    <message>
      <source>Only a reviewed record goes back to draft.</source>
      <translation>Samo pregledan zapis se vraća u nacrt.</translation>
    </message>
    <message>
      <source>Only a manager approves test results.</source>
      <translation>Rezultate ispitivanja odobrava samo rukovodilac.</translation>
    </message>
    <message>
      <source>The record must be reviewed before it is approved.</source>
      <translation>Zapis mora biti pregledan pre odobravanja.</translation>
    </message>
    <message>
      <source>The record is already approved.</source>
      <translation>Zapis je već odobren.</translation>
    </message>
    <message>
      <source>You performed this test; another person must approve it.</source>
      <translation>Vi ste izvršili ovo ispitivanje; mora ga odobriti druga osoba.</translation>
    </message>
    <message>
      <source>Only an approved record is corrected; edit the draft instead.</source>
      <translation>Ispravlja se samo odobren zapis; nacrt umesto toga izmenite.</translation>
    </message>
    <message>
      <source>Record {id} already corrects this one.</source>
      <translation>Zapis {id} već ispravlja ovaj.</translation>
    </message>
    <message>
      <source>&amp;New record</source>
      <translation>&amp;Novi zapis</translation>
    </message>
    <message>
      <source>&amp;Edit…</source>
      <translation>&amp;Izmeni…</translation>
    </message>
    <message>
      <source>&amp;Review</source>
      <translation>&amp;Pregledaj</translation>
    </message>
    <message>
      <source>Return to &amp;draft…</source>
      <translation>&amp;Vrati u nacrt…</translation>
    </message>
    <message>
      <source>&amp;Approve</source>
      <translation>&amp;Odobri</translation>
    </message>
    <message>
      <source>&amp;Correct (new revision)…</source>
      <translation>I&amp;spravi (nova revizija)…</translation>
    </message>
    <message>
      <source>D&amp;iscard draft…</source>
      <translation>O&amp;dbaci nacrt…</translation>
    </message>
    <message>
      <source>{what} of {where}</source>
      <translation>{what}: {where}</translation>
    </message>
    <message>
      <source>Return to draft</source>
      <translation>Vraćanje u nacrt</translation>
    </message>
    <message>
      <source>{record} goes back to draft. What must be corrected?</source>
      <translation>{record} se vraća u nacrt. Šta treba ispraviti?</translation>
    </message>
    <message>
      <source>Approve</source>
      <translation>Odobri</translation>
    </message>
    <message>
      <source>Approve {record}? An approved record is locked: a later correction is a new revision.</source>
      <translation>Odobriti {record}? Odobren zapis se zaključava: kasnija ispravka je nova revizija.</translation>
    </message>
    <message>
      <source>Correct an approved record</source>
      <translation>Ispravka odobrenog zapisa</translation>
    </message>
    <message>
      <source>{record} stays as approved; a new revision {n} replaces it. Why is it corrected?</source>
      <translation>{record} ostaje odobren; zamenjuje ga nova revizija {n}. Zašto se ispravlja?</translation>
    </message>
    <message>
      <source>Discard draft</source>
      <translation>Odbacivanje nacrta</translation>
    </message>
    <message>
      <source>Discard the draft {record}? It is deleted (the audit trail keeps it).</source>
      <translation>Odbaciti nacrt {record}? Briše se (revizorski trag ga čuva).</translation>
    </message>
  </context>
  <context>
    <name>ReasonDialog</name>
    <message>
      <source>Say what and why in a few words.</source>
      <translation>Ukratko navedite šta i zašto.</translation>
    </message>
  </context>
  <context>
    <name>ResultsPage</name>
    <message>
      <source>Job reference or title…</source>
      <translation>Oznaka ili naziv posla…</translation>
    </message>
    <message>
      <source>All tests</source>
      <translation>Sva ispitivanja</translation>
    </message>
    <message>
      <source>Any status</source>
      <translation>Bilo koji status</translation>
    </message>
    <message>
      <source>&amp;From</source>
      <translation>&amp;Od</translation>
    </message>
    <message>
      <source>&amp;To</source>
      <translation>&amp;Do</translation>
    </message>
    <message>
      <source>Out of spec &amp;only</source>
      <translation>Samo &amp;van specifikacije</translation>
    </message>
    <message>
      <source>Records with a failed or inconclusive value</source>
      <translation>Zapisi sa vrednošću koja ne zadovoljava ili je neodređena</translation>
    </message>
    <message>
      <source>Show &amp;superseded revisions</source>
      <translation>Prikaži &amp;zamenjene revizije</translation>
    </message>
    <message>
      <source>Job:</source>
      <translation>Posao:</translation>
    </message>
    <message>
      <source>Instrument:</source>
      <translation>Merni instrument:</translation>
    </message>
    <message>
      <source>All jobs</source>
      <translation>Svi poslovi</translation>
    </message>
    <message>
      <source>Any instrument</source>
      <translation>Bilo koji merni instrument</translation>
    </message>
    <message numerus="yes">
      <source>%n record(s)</source>
      <translation>
        <numerusform>Zapisa: %n</numerusform>
        <numerusform>Zapisa: %n</numerusform>
        <numerusform>Zapisa: %n</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>MetadataModel</name>
    <message>
      <source>Key</source>
      <translation>Ključ</translation>
    </message>
    <message>
      <source>Value</source>
      <translation>Vrednost</translation>
    </message>
    <message>
      <source>Unit</source>
      <translation>Jedinica</translation>
    </message>
  </context>
  <context>
    <name>PreviewModel</name>
    <message>
      <source>not used</source>
      <translation>ne koristi se</translation>
    </message>
  </context>
  <context>
    <name>TensileImportDialog</name>
    <message>
      <source>Import tensile record – {name}</source>
      <translation>Uvoz zapisa ispitivanja zatezanjem – {name}</translation>
    </message>
    <message>
      <source>&amp;Import</source>
      <translation>&amp;Uvezi</translation>
    </message>
    <message>
      <source>File format</source>
      <translation>Format datoteke</translation>
    </message>
    <message>
      <source>Encoding:</source>
      <translation>Kodiranje:</translation>
    </message>
    <message>
      <source>Delimiter:</source>
      <translation>Separator:</translation>
    </message>
    <message>
      <source>Decimal sign:</source>
      <translation>Decimalni znak:</translation>
    </message>
    <message>
      <source>Thousands separator:</source>
      <translation>Separator hiljada:</translation>
    </message>
    <message>
      <source>Data rows:</source>
      <translation>Redovi podataka:</translation>
    </message>
    <message>
      <source>Metadata</source>
      <translation>Metapodaci</translation>
    </message>
    <message>
      <source>The file has no metadata before the table.</source>
      <translation>Datoteka nema metapodatke ispred tabele.</translation>
    </message>
    <message>
      <source>Columns used</source>
      <translation>Korišćene kolone</translation>
    </message>
    <message>
      <source>Quantity</source>
      <translation>Veličina</translation>
    </message>
    <message>
      <source>Column in the file</source>
      <translation>Kolona u datoteci</translation>
    </message>
    <message>
      <source>Unit</source>
      <translation>Jedinica</translation>
    </message>
    <message>
      <source>Preview</source>
      <translation>Pregled</translation>
    </message>
    <message>
      <source>Force</source>
      <translation>Sila</translation>
    </message>
    <message>
      <source>Extension</source>
      <translation>Produženje</translation>
    </message>
    <message>
      <source>Strain</source>
      <translation>Izduženje</translation>
    </message>
    <message>
      <source>Stress</source>
      <translation>Napon</translation>
    </message>
    <message>
      <source>Time</source>
      <translation>Vreme</translation>
    </message>
    <message>
      <source>1 (fraction)</source>
      <translation>1 (udeo)</translation>
    </message>
    <message>
      <source>This file cannot be imported; nothing is taken from it.
{reason}</source>
      <translation>Ova datoteka se ne može uvesti; ništa iz nje nije preuzeto.
{reason}</translation>
    </message>
    <message>
      <source>tab</source>
      <translation>tabulator</translation>
    </message>
    <message>
      <source>semicolon (;)</source>
      <translation>tačka-zarez (;)</translation>
    </message>
    <message>
      <source>comma (,)</source>
      <translation>zarez (,)</translation>
    </message>
    <message>
      <source>point (.)</source>
      <translation>tačka (.)</translation>
    </message>
    <message>
      <source>none</source>
      <translation>nema</translation>
    </message>
    <message>
      <source>{rows} (from line {line})</source>
      <translation>{rows} (od reda {line})</translation>
    </message>
    <message>
      <source>Preview: first {n} of {rows} rows, in the file's units</source>
      <translation>Pregled: prvih {n} od {rows} redova, u jedinicama iz datoteke</translation>
    </message>
    <message>
      <source>d0 = {d} mm</source>
      <translation>d0 = {d} mm</translation>
    </message>
    <message>
      <source>a0 × b0 = {a} × {b} mm</source>
      <translation>a0 × b0 = {a} × {b} mm</translation>
    </message>
    <message>
      <source>S0 = {s} mm²</source>
      <translation>S0 = {s} mm²</translation>
    </message>
    <message>
      <source>L0 = {l} mm</source>
      <translation>L0 = {l} mm</translation>
    </message>
    <message>
      <source>L0 not in the file</source>
      <translation>L0 nije u datoteci</translation>
    </message>
    <message>
      <source>Specimen dimensions: none in the file; enter them with the result.</source>
      <translation>Dimenzije epruvete: nema ih u datoteci; unesite ih uz rezultat.</translation>
    </message>
    <message>
      <source>cross-section not in the file</source>
      <translation>poprečni presek nije u datoteci</translation>
    </message>
    <message>
      <source>Specimen dimensions: {dims}</source>
      <translation>Dimenzije epruvete: {dims}</translation>
    </message>
    <message>
      <source>— not used —</source>
      <translation>— ne koristi se —</translation>
    </message>
    <message>
      <source>The unit stated in the file</source>
      <translation>Jedinica navedena u datoteci</translation>
    </message>
    <message>
      <source>The file gives no unit for this column: choose it</source>
      <translation>Datoteka ne navodi jedinicu za ovu kolonu: izaberite je</translation>
    </message>
    <message>
      <source>The columns were not recognised with certainty: check the mapping and the units below before you import.</source>
      <translation>Kolone nisu prepoznate sa sigurnošću: pre uvoza proverite raspored kolona i jedinice ispod.</translation>
    </message>
    <message>
      <source>The table has no header row: choose the columns.</source>
      <translation>Tabela nema red zaglavlja: izaberite kolone.</translation>
    </message>
    <message>
      <source>Several columns look like {quantity}: {names}.</source>
      <translation>Više kolona bi moglo biti {quantity}: {names}.</translation>
    </message>
    <message>
      <source>{quantity}: the file gives no unit; check the one chosen.</source>
      <translation>{quantity}: datoteka ne navodi jedinicu; proverite izabranu.</translation>
    </message>
    <message>
      <source>This mapping cannot be imported: {reason}</source>
      <translation>Ovaj raspored kolona se ne može uvesti: {reason}</translation>
    </message>
  </context>
  <context>
    <name>CalendarView</name>
    <message>
      <source>Maintenance: {0}</source>
      <translation>Održavanje: {0}</translation>
    </message>
  </context>
  <context>
    <name>PdfPreview</name>
    <message>
      <source>Fit width</source>
      <translation>Uklopi po širini</translation>
    </message>
    <message>
      <source>Zoom out</source>
      <translation>Umanji</translation>
    </message>
    <message>
      <source>Zoom in</source>
      <translation>Uvećaj</translation>
    </message>
    <message>
      <source>&amp;Print…</source>
      <translation>&amp;Štampaj…</translation>
    </message>
    <message>
      <source>Save &amp;as…</source>
      <translation>Sačuvaj &amp;kao…</translation>
    </message>
    <message>
      <source>Nothing to preview yet.</source>
      <translation>Još nema ničega za pregled.</translation>
    </message>
    <message>
      <source>Page {page} of {count}</source>
      <translation>Strana {page} od {count}</translation>
    </message>
    <message>
      <source>Print {name}</source>
      <translation>Štampanje: {name}</translation>
    </message>
    <message>
      <source>The printer {name} could not be started.</source>
      <translation>Štampač {name} nije moguće pokrenuti.</translation>
    </message>
    <message>
      <source>Save the PDF as</source>
      <translation>Sačuvaj PDF kao</translation>
    </message>
    <message>
      <source>PDF (*.pdf)</source>
      <translation>PDF (*.pdf)</translation>
    </message>
    <message>
      <source>Cannot write {path}: {reason}</source>
      <translation>Nije moguće upisati {path}: {reason}</translation>
    </message>
  </context>
  <context>
    <name>ChartWidget</name>
    <message>
      <source>Export as &amp;PNG…</source>
      <translation>Izvezi kao &amp;PNG…</translation>
    </message>
    <message>
      <source>Export as &amp;SVG…</source>
      <translation>Izvezi kao &amp;SVG…</translation>
    </message>
    <message>
      <source>Export the chart</source>
      <translation>Izvoz dijagrama</translation>
    </message>
    <message>
      <source>SVG image (*.svg)</source>
      <translation>SVG slika (*.svg)</translation>
    </message>
    <message>
      <source>PNG image (*.png)</source>
      <translation>PNG slika (*.png)</translation>
    </message>
    <message>
      <source>Cannot write {path}: {reason}</source>
      <translation>Nije moguće upisati {path}: {reason}</translation>
    </message>
  </context>
  <context>
    <name>HardnessPlot</name>
    <message>
      <source>Indentation</source>
      <translation>Otisak</translation>
    </message>
    <message>
      <source>Mean {value}</source>
      <translation>Srednja vrednost {value}</translation>
    </message>
    <message>
      <source>Lower limit {value}</source>
      <translation>Donja granica {value}</translation>
    </message>
    <message>
      <source>Upper limit {value}</source>
      <translation>Gornja granica {value}</translation>
    </message>
  </context>
  <context>
    <name>CharpyPlot</name>
    <message>
      <source>Specimen</source>
      <translation>Uzorak</translation>
    </message>
    <message>
      <source>{value} (lowest)</source>
      <translation>{value} (najmanja)</translation>
    </message>
    <message>
      <source>Mean {symbol} = {value} J</source>
      <translation>Srednja vrednost {symbol} = {value} J</translation>
    </message>
    <message>
      <source>Required mean {value} J</source>
      <translation>Zahtevana srednja vrednost {value} J</translation>
    </message>
    <message>
      <source>{symbol} (J)</source>
      <translation>{symbol} (J)</translation>
    </message>
    <message>
      <source>{symbol} at {temperature} °C</source>
      <translation>{symbol} na {temperature} °C</translation>
    </message>
  </context>
  <context>
    <name>ControlChart</name>
    <message>
      <source>X̄</source>
      <translation>X̄</translation>
    </message>
    <message>
      <source>R</source>
      <translation>R</translation>
    </message>
    <message>
      <source>Subgroup</source>
      <translation>Podgrupa</translation>
    </message>
    <message>
      <source>x̿</source>
      <translation>x̿</translation>
    </message>
    <message>
      <source>R̄</source>
      <translation>R̄</translation>
    </message>
    <message>
      <source>UCL = {value}</source>
      <translation>UCL = {value}</translation>
    </message>
    <message>
      <source>LCL = {value}</source>
      <translation>LCL = {value}</translation>
    </message>
    <message>
      <source>LSL = {value}</source>
      <translation>LSL = {value}</translation>
    </message>
    <message>
      <source>USL = {value}</source>
      <translation>USL = {value}</translation>
    </message>
  </context>
  <context>
    <name>CapabilityHistogram</name>
    <message>
      <source>Count</source>
      <translation>Učestanost</translation>
    </message>
    <message>
      <source>Value</source>
      <translation>Vrednost</translation>
    </message>
    <message>
      <source>Cpk = {value}</source>
      <translation>Cpk = {value}</translation>
    </message>
    <message>
      <source>Cp = {value}</source>
      <translation>Cp = {value}</translation>
    </message>
    <message>
      <source>x̄ = {value}</source>
      <translation>x̄ = {value}</translation>
    </message>
    <message>
      <source>LSL = {value}</source>
      <translation>LSL = {value}</translation>
    </message>
    <message>
      <source>USL = {value}</source>
      <translation>USL = {value}</translation>
    </message>
  </context>
  <context>
    <name>StressStrainPlot</name>
    <message>
      <source>Strain ε (%)</source>
      <translation>Izduženje ε (%)</translation>
    </message>
    <message>
      <source>Stress σ (MPa)</source>
      <translation>Napon σ (MPa)</translation>
    </message>
    <message>
      <source>Show &amp;all</source>
      <translation>Prikaži &amp;sve</translation>
    </message>
    <message>
      <source>{name} = {value} MPa</source>
      <translation>{name} = {value} MPa</translation>
    </message>
    <message>
      <source>ε = {strain} %  σ = {stress} MPa</source>
      <translation>ε = {strain} %  σ = {stress} MPa</translation>
    </message>
  </context>
</TS>
