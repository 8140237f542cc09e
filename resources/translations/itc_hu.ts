<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="hu_HU">
  <context>
    <name>itc</name>
    <message>
      <source>evaluate a test file (no database needed)</source>
      <translation>vizsgálati fájl kiértékelése (adatbázis nélkül)</translation>
    </message>
    <message>
      <source>tensile test record (ISO 6892-1): E, Rp0.2/ReH/ReL, Rm, A ...</source>
      <translation>szakítóvizsgálat mérési adatai (ISO 6892-1): E, Rp0.2/ReH/ReL, Rm, A ...</translation>
    </message>
    <message>
      <source>round specimen: d0</source>
      <translation>kör keresztmetszetű próbatest: d0</translation>
    </message>
    <message>
      <source>flat specimen: b0</source>
      <translation>lapos próbatest: b0</translation>
    </message>
    <message>
      <source>flat specimen: a0</source>
      <translation>lapos próbatest: a0</translation>
    </message>
    <message>
      <source>cross-section S0</source>
      <translation>keresztmetszet S0</translation>
    </message>
    <message>
      <source>L0 (default: from the file, else 5.65·√S0)</source>
      <translation>L0 (alapértelmezés: a fájlból, ennek hiányában 5.65·√S0)</translation>
    </message>
    <message>
      <source>print one JSON object</source>
      <translation>egyetlen JSON-objektum kiírása</translation>
    </message>
    <message>
      <source>Modulus E</source>
      <translation>Rugalmassági modulus E</translation>
    </message>
    <message>
      <source>Proof strength Rp0.2</source>
      <translation>Egyezményes folyáshatár Rp0.2</translation>
    </message>
    <message>
      <source>Upper yield strength ReH</source>
      <translation>Felső folyáshatár ReH</translation>
    </message>
    <message>
      <source>Lower yield strength ReL</source>
      <translation>Alsó folyáshatár ReL</translation>
    </message>
    <message>
      <source>Tensile strength Rm</source>
      <translation>Szakítószilárdság Rm</translation>
    </message>
    <message>
      <source>Uniform elongation Ag</source>
      <translation>Egyenletes nyúlás Ag</translation>
    </message>
    <message>
      <source>Total elongation at Fm Agt</source>
      <translation>Teljes nyúlás Fm-nél Agt</translation>
    </message>
    <message>
      <source>Elongation after fracture A</source>
      <translation>Szakadási nyúlás A</translation>
    </message>
    <message>
      <source>Total elongation at fracture At</source>
      <translation>Teljes nyúlás szakadáskor At</translation>
    </message>
    <message>
      <source>File: {name} ({encoding})</source>
      <translation>Fájl: {name} ({encoding})</translation>
    </message>
    <message>
      <source> (proportional, 5.65·√S0)</source>
      <translation> (arányos, 5.65·√S0)</translation>
    </message>
    <message>
      <source>Specimen: S0 = {s0:.4g} mm², L0 = {l0:.4g} mm{default}</source>
      <translation>Próbatest: S0 = {s0:.4g} mm², L0 = {l0:.4g} mm{default}</translation>
    </message>
    <message>
      <source>Note: the strain comes from the crosshead travel; E and Rp0.2 include the machine's compliance.</source>
      <translation>Megjegyzés: a nyúlás a keresztfej elmozdulásából származik; az E és az Rp0.2 értéke a gép rugalmas engedékenységét is tartalmazza.</translation>
    </message>
    <message>
      <source>Note: {note}</source>
      <translation>Megjegyzés: {note}</translation>
    </message>
    <message>
      <source>Error: {message}</source>
      <translation>Hiba: {message}</translation>
    </message>
    <message>
      <source>A limit must be a finite number.</source>
      <translation>A határértéknek véges számnak kell lennie.</translation>
    </message>
    <message>
      <source>A decision needs a lower or an upper limit.</source>
      <translation>A döntéshez alsó vagy felső határérték szükséges.</translation>
    </message>
    <message>
      <source>The lower limit {lo} is above the upper limit {hi}.</source>
      <translation>Az alsó határérték ({lo}) nagyobb, mint a felső határérték ({hi}).</translation>
    </message>
    <message>
      <source>{name} must be a finite number.</source>
      <translation>{name} értéke csak véges szám lehet.</translation>
    </message>
    <message>
      <source>The expanded uncertainty U cannot be negative.</source>
      <translation>Az U kiterjesztett mérési bizonytalanság nem lehet negatív.</translation>
    </message>
    <message>
      <source>The coverage factor k must be positive.</source>
      <translation>A k kiterjesztési tényezőnek pozitívnak kell lennie.</translation>
    </message>
    <message>
      <source>A guard-band decision needs the expanded uncertainty U.</source>
      <translation>A védősávos döntéshez meg kell adni az U kiterjesztett mérési bizonytalanságot.</translation>
    </message>
    <message>
      <source>{name} must be a positive number, not {value}.</source>
      <translation>{name} értékének pozitív számnak kell lennie, nem {value}.</translation>
    </message>
    <message>
      <source>At least one indentation is needed.</source>
      <translation>Legalább egy lenyomat szükséges.</translation>
    </message>
    <message>
      <source>the diagonals differ by {p:.1f} % (more than 5 %)</source>
      <translation>az átlók eltérése {p:.1f} % (több mint 5 %)</translation>
    </message>
    <message>
      <source>the specimen ({t} mm) is thinner than 1.5·d = {m:.3f} mm</source>
      <translation>a próbatest ({t} mm) vékonyabb, mint 1.5·d = {m:.3f} mm</translation>
    </message>
    <message>
      <source>HV {s} is not a test force of ISO 6507-1 (HV 0.01 … HV 100).</source>
      <translation>A HV {s} nem az ISO 6507-1 szerinti vizsgálóerő (HV 0.01 … HV 100).</translation>
    </message>
    <message>
      <source>The indentation ({d} mm) cannot be as large as the ball ({D} mm).</source>
      <translation>A lenyomat ({d} mm) nem lehet akkora, mint a golyó ({D} mm).</translation>
    </message>
    <message>
      <source>d = {d:.3f} mm is outside 0.24·D … 0.6·D ({lo:.3f} … {hi:.3f} mm)</source>
      <translation>d = {d:.3f} mm kívül esik a 0.24·D … 0.6·D tartományon ({lo:.3f} … {hi:.3f} mm)</translation>
    </message>
    <message>
      <source>Unknown Rockwell scale {s} (known: {known}).</source>
      <translation>Ismeretlen Rockwell-skála: {s} (ismert skálák: {known}).</translation>
    </message>
    <message>
      <source>A hardness value is missing.</source>
      <translation>Hiányzik egy keménységérték.</translation>
    </message>
    <message>
      <source>{v} is outside the range of {s} ({lo:g} … {hi:g})</source>
      <translation>{v} kívül esik a {s} skála tartományán ({lo:g} … {hi:g})</translation>
    </message>
    <message>
      <source>The notch must be V or U, not {n}.</source>
      <translation>A bemetszés V vagy U lehet, nem {n}.</translation>
    </message>
    <message>
      <source>The striker radius must be 2 mm or 8 mm, not {r} mm.</source>
      <translation>Az ütőél sugara 2 mm vagy 8 mm lehet, nem {r} mm.</translation>
    </message>
    <message>
      <source>At least one absorbed energy is needed.</source>
      <translation>Legalább egy ütőmunka-érték szükséges.</translation>
    </message>
    <message>
      <source>Specimen {n}: the absorbed energy must be zero or positive, not {v}.</source>
      <translation>{n}. próbatest: az ütőmunka nulla vagy pozitív lehet, nem {v}.</translation>
    </message>
    <message>
      <source>The test temperature must be a number, not {t}.</source>
      <translation>A vizsgálati hőmérsékletnek számnak kell lennie, nem {t}.</translation>
    </message>
    <message>
      <source>The pendulum's initial energy must be positive.</source>
      <translation>Az inga kezdeti energiájának pozitívnak kell lennie.</translation>
    </message>
    <message>
      <source>Specimen {n}: {v:g} J exceeds the pendulum's initial energy {e:g} J.</source>
      <translation>{n}. próbatest: {v:g} J meghaladja az inga kezdeti energiáját ({e:g} J).</translation>
    </message>
    <message>
      <source>Specimen {n}: {v:g} J exceeds 80 % of the initial energy ({lim:g} J); the value is approximate.</source>
      <translation>{n}. próbatest: {v:g} J meghaladja a kezdeti energia 80 %-át ({lim:g} J); az érték csak közelítő.</translation>
    </message>
    <message>
      <source>Nothing to combine.</source>
      <translation>Nincs mit összesíteni.</translation>
    </message>
    <message>
      <source>Results of different kinds ({kinds}) must never be mixed.</source>
      <translation>Különböző fajtájú eredmények ({kinds}) soha nem keverhetők.</translation>
    </message>
    <message>
      <source>Results at different test temperatures cannot be combined.</source>
      <translation>Különböző vizsgálati hőmérsékleten kapott eredmények nem összesíthetők.</translation>
    </message>
    <message>
      <source>The required mean must be zero or positive, not {v}.</source>
      <translation>Az előírt átlag nulla vagy pozitív legyen, nem {v}.</translation>
    </message>
    <message>
      <source>The single-value fraction must be above 0 and at most 1, not {v}.</source>
      <translation>Az egyedi értékek aránya 0-nál nagyobb és legfeljebb 1 legyen, nem {v}.</translation>
    </message>
    <message>
      <source>The {field} values are too large or too small to give a result; check the units.</source>
      <translation>A(z) {field} értékek túl nagyok vagy túl kicsik az eredményhez; ellenőrizze a mértékegységeket.</translation>
    </message>
    <message>
      <source>At least two subgroups are needed.</source>
      <translation>Legalább két alcsoport szükséges.</translation>
    </message>
    <message>
      <source>All subgroups must have the same size (found sizes {sizes}).</source>
      <translation>Minden alcsoportnak azonos méretűnek kell lennie (talált méretek: {sizes}).</translation>
    </message>
    <message>
      <source>The subgroup size must be 2 to 10, not {n}.</source>
      <translation>Az alcsoport mérete 2 és 10 között lehet, nem {n}.</translation>
    </message>
    <message>
      <source>The subgroups contain a missing or infinite value.</source>
      <translation>Az alcsoportok hiányzó vagy végtelen értéket tartalmaznak.</translation>
    </message>
    <message>
      <source>Capability needs a lower or an upper limit.</source>
      <translation>A képességi indexekhez alsó vagy felső határérték szükséges.</translation>
    </message>
    <message>
      <source>The lower limit must be below the upper limit.</source>
      <translation>Az alsó határértéknek kisebbnek kell lennie a felső határértéknél.</translation>
    </message>
    <message>
      <source>There is no variation within the subgroups: σ̂ = 0, capability is undefined.</source>
      <translation>Az alcsoportokon belül nincs szóródás: σ̂ = 0, a képességi index nem határozható meg.</translation>
    </message>
    <message>
      <source>{name} is missing.</source>
      <translation>Hiányzik: {name}.</translation>
    </message>
    <message>
      <source>Give exactly one cross-section: a diameter, a width and a thickness, or the area (got: {given}).</source>
      <translation>Pontosan egy keresztmetszetet adjon meg: átmérőt, szélességet és vastagságot, vagy területet (megadva: {given}).</translation>
    </message>
    <message>
      <source>none</source>
      <translation>semmi</translation>
    </message>
    <message>
      <source>The cross-section computed from these dimensions ({s0} mm²) is out of range; check the units.</source>
      <translation>Az ezekből a méretekből számolt keresztmetszet ({s0} mm²) kívül esik a lehetséges tartományon; ellenőrizze a mértékegységeket.</translation>
    </message>
    <message>
      <source>The final gauge length Lu ({lu} mm) is shorter than L0 ({l0} mm).</source>
      <translation>Az Lu végső jeltávolság ({lu} mm) rövidebb, mint az L0 ({l0} mm).</translation>
    </message>
    <message>
      <source>Lu ({lu} mm) and L0 ({l0} mm) give no elongation; check the units.</source>
      <translation>Lu ({lu} mm) és L0 ({l0} mm) nem ad nyúlást; ellenőrizze a mértékegységeket.</translation>
    </message>
    <message>
      <source>The cross-section after fracture Su ({su} mm²) exceeds S0 ({s0} mm²).</source>
      <translation>A szakadás utáni Su keresztmetszet ({su} mm²) nagyobb, mint az S0 ({s0} mm²).</translation>
    </message>
    <message>
      <source>{value} is not a number that can be reported.</source>
      <translation>{value} nem jelenthető szám.</translation>
    </message>
    <message>
      <source>The curve is not numeric: {error}</source>
      <translation>A görbe nem numerikus: {error}</translation>
    </message>
    <message>
      <source>strain</source>
      <translation>nyúlás</translation>
    </message>
    <message>
      <source>stress</source>
      <translation>feszültség</translation>
    </message>
    <message>
      <source>The {name} is a single-column table; strain and stress are needed as two separate columns.</source>
      <translation>A {name} adatai egyoszlopos táblázatban vannak; a nyúlást és a feszültséget két külön oszlopban kell megadni.</translation>
    </message>
    <message>
      <source>The {name} must be a one-dimensional series.</source>
      <translation>A {name} értékeinek egydimenziós sorozatot kell alkotniuk.</translation>
    </message>
    <message>
      <source>The curve is empty.</source>
      <translation>A görbe üres.</translation>
    </message>
    <message>
      <source>Strain and stress differ in length ({a} and {b} points).</source>
      <translation>A nyúlás és a feszültség hossza eltér ({a}, illetve {b} pont).</translation>
    </message>
    <message>
      <source>The curve has only {n} points; at least {m} are needed.</source>
      <translation>A görbének csak {n} pontja van; legalább {m} szükséges.</translation>
    </message>
    <message>
      <source>The curve contains a missing or infinite value at point {i}.</source>
      <translation>A görbe {i}. pontjában hiányzó vagy végtelen érték van.</translation>
    </message>
    <message>
      <source>The stress reaches {value:.3g} MPa, beyond any material: check the units of the force or stress column and the cross-section.</source>
      <translation>A feszültség eléri a {value:.3g} MPa-t, ami minden anyagét meghaladja: ellenőrizze az erő- vagy feszültségoszlop mértékegységét és a keresztmetszetet.</translation>
    </message>
    <message>
      <source>The strain reaches {value:.3g} %, beyond any tensile test: check the units of the extension or strain column and the gauge length.</source>
      <translation>Az alakváltozás eléri a {value:.3g} %-ot, ami minden szakítóvizsgálatot meghalad: ellenőrizze a megnyúlás- vagy alakváltozás-oszlop mértékegységét és a mérőhosszt.</translation>
    </message>
    <message>
      <source>The stress is constant: there is no curve to evaluate.</source>
      <translation>A feszültség állandó: nincs kiértékelhető görbe.</translation>
    </message>
    <message>
      <source>The strain is constant: there is no curve to evaluate.</source>
      <translation>A nyúlás állandó: nincs kiértékelhető görbe.</translation>
    </message>
    <message>
      <source>The stress is never positive: this is not a tensile test.</source>
      <translation>A feszültség sehol sem pozitív: ez nem szakítóvizsgálat.</translation>
    </message>
    <message>
      <source>The curve has no elastic part: no straight rising stretch was found below {ref:.0f} MPa.</source>
      <translation>A görbének nincs rugalmas szakasza: {ref:.0f} MPa alatt nem található egyenes, emelkedő rész.</translation>
    </message>
    <message>
      <source>The strain decreases along the record: this is not a tensile test (are the columns swapped or the sign reversed?).</source>
      <translation>A nyúlás a mérés során csökken: ez nem szakítóvizsgálat (felcserélődtek az oszlopok, vagy fordított az előjel?).</translation>
    </message>
    <message>
      <source>The curve has no maximum: the stress still rises at the last point, so Rm cannot be determined (was the test stopped early?).</source>
      <translation>A görbének nincs maximuma: a feszültség az utolsó pontban még emelkedik, így az Rm nem határozható meg (korán leállították a vizsgálatot?).</translation>
    </message>
    <message>
      <source>No fracture was detected; the last point is taken as fracture.</source>
      <translation>Nem észlelhető szakadás; az utolsó pontot tekintjük a szakadás pontjának.</translation>
    </message>
    <message>
      <source>The curve has no elastic part: it starts above half of the maximum stress.</source>
      <translation>A görbének nincs rugalmas szakasza: a legnagyobb feszültség felénél magasabbról indul.</translation>
    </message>
    <message>
      <source>The curve does not cross the {p} % offset line before the maximum force: the proof strength cannot be determined.</source>
      <translation>A görbe a legnagyobb erő előtt nem metszi a {p} %-os eltolt egyenest: az egyezményes folyáshatár nem határozható meg.</translation>
    </message>
    <message>
      <source>Rp1.0: the curve does not reach 1 % plastic strain before Fm.</source>
      <translation>Rp1.0: a görbe az Fm előtt nem éri el az 1 % maradó nyúlást.</translation>
    </message>
    <message>
      <source>Lu and Su need the specimen's L0 and S0.</source>
      <translation>Az Lu és az Su megadásához ismerni kell a próbatest L0 és S0 értékét.</translation>
    </message>
    <message>
      <source>ITC Lab — equipment, bookings, jobs, test results and reports.</source>
      <translation>ITC Lab — berendezések, foglalások, megbízások, vizsgálati eredmények és jelentések.</translation>
    </message>
    <message>
      <source>database file or SQLAlchemy URL (else ITC_DATABASE_URL)</source>
      <translation>adatbázisfájl vagy SQLAlchemy URL (egyébként ITC_DATABASE_URL)</translation>
    </message>
    <message>
      <source>use the demo database, filled when empty</source>
      <translation>a bemutató adatbázis használata (ha üres, feltölti)</translation>
    </message>
    <message>
      <source>fill the database with demo data</source>
      <translation>az adatbázis feltöltése bemutató adatokkal</translation>
    </message>
    <message>
      <source>large: ten years of a busy center (about 1,000,000 usage sessions)</source>
      <translation>large: egy forgalmas központ tíz éve (kb. 1 000 000 használati munkamenet)</translation>
    </message>
    <message>
      <source>database maintenance</source>
      <translation>adatbázis-karbantartás</translation>
    </message>
    <message>
      <source>migrate the database to this version</source>
      <translation>az adatbázis frissítése erre a verzióra</translation>
    </message>
    <message>
      <source>print the schema revision</source>
      <translation>a séma verziójának kiírása</translation>
    </message>
    <message>
      <source>consistent copy of a running database (a server: pg_dump's custom format); without --out, into the backups folder with its rotation</source>
      <translation>konzisztens másolat egy futó adatbázisról (szerveren: pg_dump egyéni formátum); --out nélkül a mentések mappájába, rotációval</translation>
    </message>
    <message>
      <source>user accounts</source>
      <translation>felhasználói fiókok</translation>
    </message>
    <message>
      <source>create a user (asks for the password)</source>
      <translation>felhasználó létrehozása (a jelszót bekéri)</translation>
    </message>
    <message>
      <source>read the password from standard input</source>
      <translation>a jelszó beolvasása a szabványos bemenetről</translation>
    </message>
    <message>
      <source>the audit trail</source>
      <translation>az ellenőrzési napló (naplózás)</translation>
    </message>
    <message>
      <source>check the hash chain and every audited table against it; names what differs</source>
      <translation>ellenőrzi a hash-láncot és hozzá minden naplózott táblát; megnevezi az eltérést</translation>
    </message>
    <message>
      <source>Password: </source>
      <translation>Jelszó: </translation>
    </message>
    <message>
      <source>Repeat password: </source>
      <translation>Jelszó ismét: </translation>
    </message>
    <message>
      <source>The passwords do not match.</source>
      <translation>A két jelszó nem egyezik.</translation>
    </message>
    <message>
      <source>There is no database at {path}.</source>
      <translation>Nincs adatbázis itt: {path}.</translation>
    </message>
    <message>
      <source>(empty)</source>
      <translation>(üres)</translation>
    </message>
    <message>
      <source>Demo data written to {where}.</source>
      <translation>Bemutató adatok kiírva ide: {where}.</translation>
    </message>
    <message>
      <source>The database already holds data; nothing was changed.</source>
      <translation>Az adatbázis már tartalmaz adatokat; semmi sem változott.</translation>
    </message>
    <message>
      <source>Schema at revision {rev}.</source>
      <translation>Séma verziója: {rev}.</translation>
    </message>
    <message>
      <source>Name the file for pg_dump's backup: --out FILE.</source>
      <translation>Adja meg a pg_dump mentés fájlját: --out FÁJL.</translation>
    </message>
    <message>
      <source>Older backup removed by the rotation: {path}</source>
      <translation>A rotáció törölte a régebbi mentést: {path}</translation>
    </message>
    <message>
      <source>Backup written to {path}.</source>
      <translation>Biztonsági mentés kiírva ide: {path}.</translation>
    </message>
    <message>
      <source>User {name} ({role}) created.</source>
      <translation>{name} felhasználó ({role}) létrehozva.</translation>
    </message>
    <message>
      <source>export data for other programs</source>
      <translation>adatok exportálása más programok számára</translation>
    </message>
    <message>
      <source>bookings as an iCalendar (.ics) file</source>
      <translation>foglalások iCalendar (.ics) fájlként</translation>
    </message>
    <message>
      <source>bookings of this asset tag</source>
      <translation>az ezzel a leltári címkével rendelkező berendezés foglalásai</translation>
    </message>
    <message>
      <source>bookings of this person</source>
      <translation>ennek a személynek a foglalásai</translation>
    </message>
    <message>
      <source>bookings of this job</source>
      <translation>ennek a megbízásnak a foglalásai</translation>
    </message>
    <message>
      <source>the .ics file to write</source>
      <translation>a kiírandó .ics fájl</translation>
    </message>
    <message>
      <source>Cannot write {path}: {reason}</source>
      <translation>Nem írható: {path}: {reason}</translation>
    </message>
    <message>
      <source>{n} bookings written to {path}.</source>
      <translation>{n} foglalás kiírva ide: {path}.</translation>
    </message>
    <message>
      <source>set up a PostgreSQL database: schema, the program's role, the kiosk's role</source>
      <translation>PostgreSQL-adatbázis beállítása: séma, a program szerepköre, a kioszk szerepköre</translation>
    </message>
    <message>
      <source>the database as its owner or a superuser: postgresql+psycopg://ADMIN@host/db</source>
      <translation>az adatbázis, a tulajdonosa vagy egy szuperfelhasználó nevében csatlakozva: postgresql+psycopg://ADMIN@host/db</translation>
    </message>
    <message>
      <source>asked without echo when not given</source>
      <translation>ha nincs megadva, rejtett bevitellel kéri be</translation>
    </message>
    <message>
      <source>the server's name as the lab's PCs reach it, for the printed URLs</source>
      <translation>a szerver neve, ahogyan a labor gépei elérik – a kiírt URL-ekhez</translation>
    </message>
    <message>
      <source>copy a database (e.g. the single-PC file) into an empty PostgreSQL database</source>
      <translation>adatbázis (pl. az egygépes üzemmód fájlja) átmásolása egy üres PostgreSQL-adatbázisba</translation>
    </message>
    <message>
      <source>database file or URL</source>
      <translation>adatbázisfájl vagy URL</translation>
    </message>
    <message>
      <source>postgresql+psycopg://...</source>
      <translation>postgresql+psycopg://...</translation>
    </message>
    <message>
      <source>replace the database with a backup after checking it (integrity, schema, audit trail); the replaced database is kept beside it</source>
      <translation>az adatbázis cseréje egy mentésre, ellenőrzés után (épség, séma, audit napló); a lecserélt adatbázis megmarad mellette</translation>
    </message>
    <message>
      <source>the backup to restore</source>
      <translation>a visszaállítandó mentés</translation>
    </message>
    <message>
      <source>Checked {file}: {result}</source>
      <translation>Ellenőrizve: {file}: {result}</translation>
    </message>
    <message>
      <source>The backup had schema revision {revision}; it was brought to this version.</source>
      <translation>A mentés sémaváltozata {revision} volt; erre a verzióra frissítettük.</translation>
    </message>
    <message>
      <source>The replaced database is kept at {path}.</source>
      <translation>A lecserélt adatbázis itt maradt meg: {path}.</translation>
    </message>
    <message>
      <source>Restored {path} from {file}.</source>
      <translation>{path} visszaállítva ebből: {file}.</translation>
    </message>
    <message>
      <source>Password for {role} (Enter keeps the current one): </source>
      <translation>{role} jelszava (Enter: a jelenlegi marad): </translation>
    </message>
    <message>
      <source>Password for the new role {role}: </source>
      <translation>Az új szerepkör ({role}) jelszava: </translation>
    </message>
    <message>
      <source>The new role {role} needs a password.</source>
      <translation>Az új szerepkörhöz ({role}) jelszó szükséges.</translation>
    </message>
    <message>
      <source>Schema at revision {rev} (already).</source>
      <translation>A séma verziója már {rev}.</translation>
    </message>
    <message>
      <source>Schema migrated from {before} to {rev}.</source>
      <translation>A séma migrálása megtörtént: {before} → {rev}.</translation>
    </message>
    <message>
      <source>the program's role</source>
      <translation>a program szerepköre</translation>
    </message>
    <message>
      <source>the kiosk's read-only role</source>
      <translation>a kioszk csak olvasási jogú szerepköre</translation>
    </message>
    <message>
      <source>created</source>
      <translation>létrehozva</translation>
    </message>
    <message>
      <source>updated</source>
      <translation>frissítve</translation>
    </message>
    <message>
      <source>{role}: {what}, {state}; privileges set.</source>
      <translation>{role}: {what}, {state}; hozzáférési jogok beállítva.</translation>
    </message>
    <message>
      <source>Each PC of the lab: ITC_DATABASE_URL={url}</source>
      <translation>A labor minden gépén: ITC_DATABASE_URL={url}</translation>
    </message>
    <message>
      <source>The kiosk: ITC_DATABASE_URL={url} itc-desktop kiosk</source>
      <translation>A kioszkon: ITC_DATABASE_URL={url} itc-desktop kiosk</translation>
    </message>
    <message>
      <source>(Replace the host with the server's name as the PCs reach it: --client-host.)</source>
      <translation>(A host helyére írja a szerver nevét, ahogyan a gépek elérik: --client-host.)</translation>
    </message>
    <message>
      <source>Run this again after each update of the program: it is safe to repeat.</source>
      <translation>Minden programfrissítés után futtassa újra: az ismétlés biztonságos.</translation>
    </message>
    <message>
      <source>  {table}: {rows} rows</source>
      <translation>  {table}: {rows} sor</translation>
    </message>
    <message>
      <source>table</source>
      <translation>tábla</translation>
    </message>
    <message>
      <source>rows (source)</source>
      <translation>sorok (forrás)</translation>
    </message>
    <message>
      <source>rows (target)</source>
      <translation>sorok (cél)</translation>
    </message>
    <message>
      <source>SHA-256 (source)</source>
      <translation>SHA-256 (forrás)</translation>
    </message>
    <message>
      <source>OK</source>
      <translation>OK</translation>
    </message>
    <message>
      <source>DIFFERENT</source>
      <translation>ELTÉR</translation>
    </message>
    <message>
      <source>Audit trail on the target: {result}</source>
      <translation>Ellenőrzési napló a céladatbázisban: {result}</translation>
    </message>
    <message>
      <source>Copied {rows} rows of {tables} tables from {source} to {target}; every count and checksum matches.</source>
      <translation>{tables} tábla {rows} sora átmásolva innen: {source}, ide: {target}; a sorok száma és az ellenőrzőösszegek mindenhol egyeznek.</translation>
    </message>
    <message>
      <source>The copy does NOT match the source ({tables}). Do not use the target; empty it and copy again with the lab's program closed.</source>
      <translation>A másolat NEM egyezik a forrással ({tables}). Ne használja a célt; ürítse ki, és másoljon újra úgy, hogy a labor programja be van zárva.</translation>
    </message>
    <message>
      <source>audit trail</source>
      <translation>ellenőrzési napló</translation>
    </message>
    <message>
      <source>PDF sheet of asset labels (QR code, name, calibration)</source>
      <translation>leltári címkék PDF-íve (QR-kód, név, kalibrálás)</translation>
    </message>
    <message>
      <source>the PDF file to write</source>
      <translation>a kiírandó PDF-fájl</translation>
    </message>
    <message>
      <source>asset tags to print (default: all equipment that is not retired)</source>
      <translation>nyomtatandó leltári címkék (alapértelmezés: minden nem selejtezett berendezés)</translation>
    </message>
    <message>
      <source>draw cut lines (for plain paper)</source>
      <translation>vágóvonalak rajzolása (sima papírhoz)</translation>
    </message>
    <message>
      <source>the equipment list as CSV</source>
      <translation>a berendezéslista CSV-ként</translation>
    </message>
    <message>
      <source>write every piece of equipment to a CSV file</source>
      <translation>az összes berendezés kiírása CSV-fájlba</translation>
    </message>
    <message>
      <source>separate with ; (spreadsheets that use a decimal comma)</source>
      <translation>elválasztás ;-vel (tizedesvesszőt használó táblázatkezelőkhöz)</translation>
    </message>
    <message>
      <source>add equipment from a CSV file: all rows or, if any is wrong, none</source>
      <translation>berendezések felvétele CSV-fájlból: az összes sor, vagy ha bármelyik hibás, egyik sem</translation>
    </message>
    <message>
      <source>Asset labels written to {path}.</source>
      <translation>Leltári címkék kiírva ide: {path}.</translation>
    </message>
    <message>
      <source>Equipment list written to {path}.</source>
      <translation>Berendezéslista kiírva ide: {path}.</translation>
    </message>
    <message>
      <source>Cannot read {path}: {reason}</source>
      <translation>Nem olvasható: {path}: {reason}</translation>
    </message>
    <message>
      <source>{count} problems; nothing was imported.</source>
      <translation>{count} hiba; semmi sem került importálásra.</translation>
    </message>
    <message>
      <source>{count} pieces of equipment imported.</source>
      <translation>{count} berendezés importálva.</translation>
    </message>
    <message>
      <source>not a number of seconds: {text}</source>
      <translation>érvénytelen másodpercérték: {text}</translation>
    </message>
    <message>
      <source>between 1 and 86400 seconds, not {text}</source>
      <translation>1 és 86400 másodperc között, nem {text}</translation>
    </message>
    <message>
      <source>full-screen job status for visitors (reads only; staff leave: Ctrl+Shift+Q)</source>
      <translation>teljes képernyős megbízásállapot látogatóknak (csak olvasás; kilépés a személyzetnek: Ctrl+Shift+Q)</translation>
    </message>
    <message>
      <source>back to the start screen after this long without input (default 60, or ITC_KIOSK_IDLE_SECONDS)</source>
      <translation>ennyi tétlen idő után visszatér a kezdőképernyőre (alapértelmezés 60, vagy ITC_KIOSK_IDLE_SECONDS)</translation>
    </message>
    <message>
      <source>how often the shown job is read again (default 3)</source>
      <translation>milyen gyakran olvassa be újra a megjelenített megbízást (alapértelmezés 3)</translation>
    </message>
    <message>
      <source>the language the kiosk returns to after each visitor</source>
      <translation>a nyelv, amelyre a kioszk minden látogató után visszaáll</translation>
    </message>
    <message>
      <source>a normal-sized window instead of full screen (for trying it out)</source>
      <translation>normál méretű ablak teljes képernyő helyett (kipróbáláshoz)</translation>
    </message>
    <message>
      <source>print the SQL for a read-only PostgreSQL role (default itc_kiosk) and exit</source>
      <translation>egy csak olvasási jogú PostgreSQL-szerepkör SQL-utasításainak kiírása (alapértelmezés itc_kiosk), majd kilépés</translation>
    </message>
    <message>
      <source>printable reports (PDF, XLSX, CSV)</source>
      <translation>nyomtatható jelentések (PDF, XLSX, CSV)</translation>
    </message>
    <message>
      <source>test report of a job (ISO/IEC 17025 §7.8)</source>
      <translation>egy megbízás vizsgálati jegyzőkönyve (ISO/IEC 17025 §7.8)</translation>
    </message>
    <message>
      <source>job reference, e.g. ITC-2026-0001</source>
      <translation>megbízásszám, pl. ITC-2026-0001</translation>
    </message>
    <message>
      <source>a watermarked draft (not issued, not archived)</source>
      <translation>vízjeles piszkozat (nincs kiadva, nincs archiválva)</translation>
    </message>
    <message>
      <source>intake slip with a new kiosk access code</source>
      <translation>átvételi elismervény új kioszk-hozzáférési kóddal</translation>
    </message>
    <message>
      <source>equipment usage report for managers</source>
      <translation>berendezés-használati jelentés vezetőknek</translation>
    </message>
    <message>
      <source>the figures as XLSX too</source>
      <translation>az adatok XLSX formátumban is</translation>
    </message>
    <message>
      <source>the figures as CSV too</source>
      <translation>az adatok CSV formátumban is</translation>
    </message>
    <message>
      <source>only these asset tags</source>
      <translation>csak ezek a leltári címkék</translation>
    </message>
    <message>
      <source>only equipment of this category</source>
      <translation>csak az ebbe a kategóriába tartozó berendezések</translation>
    </message>
    <message>
      <source>{name}={value}: expected a number of hours (0 = off)</source>
      <translation>{name}={value}: órák számát várjuk (0 = kikapcsolva)</translation>
    </message>
    <message>
      <source>The backup cannot overwrite the database itself ({path}).</source>
      <translation>A biztonsági mentés nem írhatja felül magát az adatbázist ({path}).</translation>
    </message>
    <message>
      <source>The backup could not be written to {path}: {error}</source>
      <translation>A biztonsági mentést nem sikerült kiírni ide: {path}: {error}</translation>
    </message>
    <message>
      <source>This database was written by a newer version of ITC Lab (schema revision {revision}). Update the program; the database was not changed.</source>
      <translation>Ezt az adatbázist az ITC Lab egy újabb verziója írta (sémaverzió: {revision}). Frissítse a programot; az adatbázis nem változott.</translation>
    </message>
    <message>
      <source>This is not an ITC Lab database: it holds other tables ({tables}) and no schema revision. Choose another file; nothing was added to this one.</source>
      <translation>Ez nem ITC Lab-adatbázis: más táblákat tartalmaz ({tables}), sémaverziót viszont nem. Válasszon másik fájlt; ehhez semmi sem lett hozzáadva.</translation>
    </message>
    <message>
      <source>This database must first be brought to this program's version (schema revision {before} → {head}), and this connection may not change the schema. Ask the administrator to run `itc-desktop db init-server` on the server; nothing was changed.</source>
      <translation>Az adatbázist előbb erre a programváltozatra kell hozni (sémaváltozat: {before} → {head}), ez a kapcsolat viszont nem módosíthatja a sémát. Kérje meg a rendszergazdát, hogy futtassa a kiszolgálón az `itc-desktop db init-server` parancsot; semmi sem változott.</translation>
    </message>
    <message>
      <source>The account {username} is deactivated: nothing was saved.</source>
      <translation>A(z) {username} fiók le van tiltva: semmi sem lett mentve.</translation>
    </message>
    <message>
      <source>This station's connection is read-only.</source>
      <translation>Ennek a munkaállomásnak a kapcsolata csak olvasásra szól.</translation>
    </message>
    <message>
      <source>The connection to the database server was lost ({reason}); nothing was saved. What you entered is still here: try again in a moment.</source>
      <translation>Megszakadt a kapcsolat az adatbázis-szerverrel ({reason}); semmi sem lett mentve. A beírt adatok megmaradtak: próbálja újra egy kis idő múlva.</translation>
    </message>
    <message>
      <source>Backups of a database server are made with pg_dump (see README).</source>
      <translation>Adatbázis-szerverről a pg_dump segítségével készül biztonsági mentés (lásd README).</translation>
    </message>
    <message>
      <source>The source database {where} cannot be read: {reason}</source>
      <translation>A forrásadatbázis ({where}) nem olvasható: {reason}</translation>
    </message>
    <message>
      <source>The source {where} is not an ITC Lab database.</source>
      <translation>A forrás ({where}) nem ITC Lab-adatbázis.</translation>
    </message>
    <message>
      <source>The source has schema revision {revision}, this program's is {head}. Bring it up to date first (itc-desktop --db SOURCE db upgrade, with the program that matches the server), then copy again.</source>
      <translation>A forrás sémaverziója {revision}, ennek a programnak a sémaverziója {head}. Előbb frissítse a forrást (itc-desktop --db SOURCE db upgrade, a szervernek megfelelő programverzióval), majd másolja újra.</translation>
    </message>
    <message>
      <source>The source lacks the tables {tables}.</source>
      <translation>A forrásból hiányoznak a következő táblák: {tables}.</translation>
    </message>
    <message>
      <source>The target {where} cannot be reached: {reason}</source>
      <translation>A cél ({where}) nem érhető el: {reason}</translation>
    </message>
    <message>
      <source>The target holds tables that are not ITC Lab's ({tables}); copy into an empty database. Nothing was written.</source>
      <translation>A cél nem az ITC Labhoz tartozó táblákat tartalmaz ({tables}); üres adatbázisba másoljon. Semmi sem lett kiírva.</translation>
    </message>
    <message>
      <source> and {n} more tables</source>
      <translation> és további {n} tábla</translation>
    </message>
    <message>
      <source>The target database is not empty: {tables}. The copy goes only into an empty database; nothing was written.</source>
      <translation>A céladatbázis nem üres: {tables}. Másolni csak üres adatbázisba lehet; semmi sem lett kiírva.</translation>
    </message>
    <message>
      <source>The target database is not empty: {tables}. Nothing was written.</source>
      <translation>A céladatbázis nem üres: {tables}. Semmi sem lett kiírva.</translation>
    </message>
    <message>
      <source>The copy failed and was undone (the target holds no rows): {reason}</source>
      <translation>A másolás nem sikerült, és vissza lett vonva (a cél nem tartalmaz sorokat): {reason}</translation>
    </message>
    <message>
      <source>The copy goes to a PostgreSQL server (postgresql+psycopg://user@host/db); a copy of a database file is made with `itc-desktop db backup`.</source>
      <translation>A másolat PostgreSQL-szerverre kerül (postgresql+psycopg://user@host/db); adatbázisfájlról az `itc-desktop db backup` paranccsal készíthető másolat.</translation>
    </message>
    <message>
      <source>The source and the target are the same database.</source>
      <translation>A forrás és a cél ugyanaz az adatbázis.</translation>
    </message>
    <message>
      <source>The target could not be migrated: {reason}</source>
      <translation>A célt nem sikerült migrálni: {reason}</translation>
    </message>
    <message>
      <source>it was written by another version of the program</source>
      <translation>a program egy másik verziója írta</translation>
    </message>
    <message>
      <source>the file is damaged</source>
      <translation>a fájl sérült</translation>
    </message>
    <message>
      <source>Monday</source>
      <translation>Hétfő</translation>
    </message>
    <message>
      <source>Tuesday</source>
      <translation>Kedd</translation>
    </message>
    <message>
      <source>Wednesday</source>
      <translation>Szerda</translation>
    </message>
    <message>
      <source>Thursday</source>
      <translation>Csütörtök</translation>
    </message>
    <message>
      <source>Friday</source>
      <translation>Péntek</translation>
    </message>
    <message>
      <source>Saturday</source>
      <translation>Szombat</translation>
    </message>
    <message>
      <source>Sunday</source>
      <translation>Vasárnap</translation>
    </message>
    <message>
      <source>Mon</source>
      <translation>H</translation>
    </message>
    <message>
      <source>Tue</source>
      <translation>K</translation>
    </message>
    <message>
      <source>Wed</source>
      <translation>Sze</translation>
    </message>
    <message>
      <source>Thu</source>
      <translation>Cs</translation>
    </message>
    <message>
      <source>Fri</source>
      <translation>P</translation>
    </message>
    <message>
      <source>Sat</source>
      <translation>Szo</translation>
    </message>
    <message>
      <source>Sun</source>
      <translation>V</translation>
    </message>
    <message>
      <source>Row {row}: {message}</source>
      <translation>{row}. sor: {message}</translation>
    </message>
    <message>
      <source>Row {row}, column {column}: {message}</source>
      <translation>{row}. sor, {column} oszlop: {message}</translation>
    </message>
    <message>
      <source>longer than {limit} characters</source>
      <translation>hosszabb, mint {limit} karakter</translation>
    </message>
    <message>
      <source>required</source>
      <translation>kötelező</translation>
    </message>
    <message>
      <source>unknown category {value!r} (one of {allowed})</source>
      <translation>ismeretlen kategória: {value!r} (lehetséges: {allowed})</translation>
    </message>
    <message>
      <source>unknown status {value!r} (one of {allowed})</source>
      <translation>ismeretlen állapot: {value!r} (lehetséges: {allowed})</translation>
    </message>
    <message>
      <source>unknown currency {value!r} (one of {allowed})</source>
      <translation>ismeretlen pénznem: {value!r} (lehetséges: {allowed})</translation>
    </message>
    <message>
      <source>not yes or no: {value!r}</source>
      <translation>nem igen/nem érték: {value!r}</translation>
    </message>
    <message>
      <source>not a date (YYYY-MM-DD): {value!r}</source>
      <translation>nem dátum (ÉÉÉÉ-HH-NN): {value!r}</translation>
    </message>
    <message>
      <source>not a number: {value!r}</source>
      <translation>nem szám: {value!r}</translation>
    </message>
    <message>
      <source>must not be negative</source>
      <translation>nem lehet negatív</translation>
    </message>
    <message>
      <source>at most {places} decimals</source>
      <translation>legfeljebb {places} tizedesjegy</translation>
    </message>
    <message>
      <source>not a whole number: {value!r}</source>
      <translation>nem egész szám: {value!r}</translation>
    </message>
    <message>
      <source>must be at least {minimum}</source>
      <translation>legalább {minimum} kell legyen</translation>
    </message>
    <message>
      <source>The file is not UTF-8 text (byte {at} is not valid).</source>
      <translation>A fájl nem UTF-8 kódolású szöveg (érvénytelen bájt ezen a helyen: {at}).</translation>
    </message>
    <message>
      <source>a cell is longer than {limit} characters</source>
      <translation>egy cella hosszabb {limit} karakternél</translation>
    </message>
    <message>
      <source>a quoted cell is not closed (a " is missing)</source>
      <translation>egy idézőjeles cella nincs lezárva (hiányzik egy ")</translation>
    </message>
    <message>
      <source>text after a closing quote (write "" for a quote inside a cell)</source>
      <translation>szöveg a záró idézőjel után (cellán belüli idézőjelhez írjon "" jelet)</translation>
    </message>
    <message>
      <source>not valid CSV: {detail}</source>
      <translation>nem érvényes CSV: {detail}</translation>
    </message>
    <message>
      <source>The file is empty.</source>
      <translation>A fájl üres.</translation>
    </message>
    <message>
      <source>column {number} has no name</source>
      <translation>a(z) {number}. oszlopnak nincs neve</translation>
    </message>
    <message>
      <source>unknown column</source>
      <translation>ismeretlen oszlop</translation>
    </message>
    <message>
      <source>column appears twice</source>
      <translation>az oszlop kétszer szerepel</translation>
    </message>
    <message>
      <source>required column is missing</source>
      <translation>hiányzik egy kötelező oszlop</translation>
    </message>
    <message>
      <source>{count} cells, the header has {expected}</source>
      <translation>{count} cella, a fejlécben {expected} van</translation>
    </message>
    <message>
      <source>duplicate tag {tag} (also in row {row})</source>
      <translation>ismétlődő címke: {tag} (ugyanez ebben a sorban is: {row})</translation>
    </message>
    <message>
      <source>The file has no equipment rows.</source>
      <translation>A fájlban nincsenek berendezéssorok.</translation>
    </message>
    <message>
      <source>Imported from a CSV file.</source>
      <translation>CSV-fájlból importálva.</translation>
    </message>
    <message>
      <source>line {line}: {message}</source>
      <translation>{line}. sor: {message}</translation>
    </message>
    <message>
      <source>The cross-section is unknown: give the diameter, the width and thickness, or the area.</source>
      <translation>A keresztmetszet ismeretlen: adja meg az átmérőt, a szélességet és a vastagságot, vagy a területet.</translation>
    </message>
    <message>
      <source>The file has no force or stress column.</source>
      <translation>A fájlban nincs erő- vagy feszültségoszlop.</translation>
    </message>
    <message>
      <source>The gauge length L0 is unknown: give it or the cross-section.</source>
      <translation>Az L0 jeltávolság ismeretlen: adja meg azt vagy a keresztmetszetet.</translation>
    </message>
    <message>
      <source>The file has no extension or strain column.</source>
      <translation>A fájlban nincs hosszváltozás- vagy nyúlásoszlop.</translation>
    </message>
    <message>
      <source>This is not a text file (it contains binary data).</source>
      <translation>Ez nem szöveges fájl (bináris adatokat tartalmaz).</translation>
    </message>
    <message>
      <source>The file is marked as {encoding} text but is damaged or cut short (byte {position} cannot be read).</source>
      <translation>A fájl {encoding} szövegként van megjelölve, de sérült vagy csonka (a(z) {position}. bájt nem olvasható).</translation>
    </message>
    <message>
      <source>The table has a single column; force and extension are needed.</source>
      <translation>A táblázat egyetlen oszlopból áll; erő és hosszváltozás szükséges.</translation>
    </message>
    <message>
      <source>No table of numbers was found (expected columns separated by tab, semicolon or comma).</source>
      <translation>Nem található számokat tartalmazó táblázat (tabulátorral, pontosvesszővel vagy vesszővel elválasztott oszlopok várhatók).</translation>
    </message>
    <message>
      <source>Several columns look like {q}: {names}; '{chosen}' was taken.</source>
      <translation>Több oszlop is {q} oszlopnak tűnik: {names}; a kiválasztott: '{chosen}'.</translation>
    </message>
    <message>
      <source>The line has {n} characters; at most {m} are accepted (is this a tensile record?).</source>
      <translation>A sor {n} karakterből áll; legfeljebb {m} fogadható el (biztosan szakítóvizsgálati fájl ez?).</translation>
    </message>
    <message>
      <source>No table of numbers was found.</source>
      <translation>Nem található számokat tartalmazó táblázat.</translation>
    </message>
    <message>
      <source>The table has {n} rows; at most {m} are accepted.</source>
      <translation>A táblázat {n} sorból áll; legfeljebb {m} sor fogadható el.</translation>
    </message>
    <message>
      <source>Column {n}</source>
      <translation>{n}. oszlop</translation>
    </message>
    <message>
      <source>The table has no header row; map the columns by hand.</source>
      <translation>A táblázatnak nincs fejlécsora; rendelje hozzá az oszlopokat kézzel.</translation>
    </message>
    <message>
      <source>expected {n} values, found {m}.</source>
      <translation>{n} érték várható, {m} található.</translation>
    </message>
    <message>
      <source>a value is missing in column {c}.</source>
      <translation>hiányzik egy érték ebben az oszlopban: {c}.</translation>
    </message>
    <message>
      <source>'{cell}' is not a number.</source>
      <translation>'{cell}' nem szám.</translation>
    </message>
    <message>
      <source>'{cell}' is not a finite number.</source>
      <translation>'{cell}' nem véges szám.</translation>
    </message>
    <message>
      <source>Unknown quantity '{q}' (use one of {all}).</source>
      <translation>Ismeretlen mennyiség: '{q}' (használható: {all}).</translation>
    </message>
    <message>
      <source>Column {n} does not exist (the table has {m}).</source>
      <translation>Nincs {n}. oszlop (a táblázatnak {m} oszlopa van).</translation>
    </message>
    <message>
      <source>No column is named '{name}'.</source>
      <translation>Nincs '{name}' nevű oszlop.</translation>
    </message>
    <message>
      <source>The unit '{unit}' of column '{h}' does not fit {q}.</source>
      <translation>Az oszlop ('{h}') mértékegysége ('{unit}') nem illik ehhez a mennyiséghez: {q}.</translation>
    </message>
    <message>
      <source>Unknown unit '{unit}' in column '{h}'.</source>
      <translation>Ismeretlen mértékegység ('{unit}') ebben az oszlopban: '{h}'.</translation>
    </message>
    <message>
      <source>The strain column has no unit; values above 2 are read as %.</source>
      <translation>A nyúlásoszlopnak nincs mértékegysége; a 2-nél nagyobb értékeket %-ként értelmezzük.</translation>
    </message>
    <message>
      <source>Column '{h}' has no unit; {unit} is assumed.</source>
      <translation>Mértékegység nélküli oszlop: '{h}'; feltételezett mértékegység: {unit}.</translation>
    </message>
    <message>
      <source>The file is {mb:.0f} MB; at most {max:.0f} MB are accepted.</source>
      <translation>A fájl mérete {mb:.0f} MB; legfeljebb {max:.0f} MB fogadható el.</translation>
    </message>
    <message>
      <source>Cannot read {path}: {error}</source>
      <translation>Nem olvasható: {path}: {error}</translation>
    </message>
    <message>
      <source>Choose a force or a stress column.</source>
      <translation>Válasszon erő- vagy feszültségoszlopot.</translation>
    </message>
    <message>
      <source>Choose an extension or a strain column.</source>
      <translation>Válasszon hosszváltozás- vagy nyúlásoszlopot.</translation>
    </message>
    <message>
      <source>Column '{name}' is chosen twice ({first} and {second}); a column can be only one quantity.</source>
      <translation>Egy oszlop ('{name}') kétszer van kiválasztva ({first} és {second}); egy oszlop csak egy mennyiséget jelölhet.</translation>
    </message>
    <message>
      <source>Confirmed</source>
      <translation>Visszaigazolva</translation>
    </message>
    <message>
      <source>Cancelled</source>
      <translation>Törölve</translation>
    </message>
    <message>
      <source>Completed</source>
      <translation>Befejezve</translation>
    </message>
    <message>
      <source>No-show</source>
      <translation>Nem jelent meg</translation>
    </message>
    <message>
      <source>Machine tool</source>
      <translation>Szerszámgép</translation>
    </message>
    <message>
      <source>Testing machine</source>
      <translation>Vizsgálógép</translation>
    </message>
    <message>
      <source>Measuring instrument</source>
      <translation>Mérőeszköz</translation>
    </message>
    <message>
      <source>Furnace</source>
      <translation>Kemence</translation>
    </message>
    <message>
      <source>Welding</source>
      <translation>Hegesztés</translation>
    </message>
    <message>
      <source>Additive manufacturing</source>
      <translation>Additív gyártás</translation>
    </message>
    <message>
      <source>Other</source>
      <translation>Egyéb</translation>
    </message>
    <message>
      <source>Available</source>
      <translation>Elérhető</translation>
    </message>
    <message>
      <source>Maintenance</source>
      <translation>Karbantartás</translation>
    </message>
    <message>
      <source>Out of service</source>
      <translation>Üzemen kívül</translation>
    </message>
    <message>
      <source>Retired</source>
      <translation>Selejtezve</translation>
    </message>
    <message>
      <source>In use</source>
      <translation>Használatban</translation>
    </message>
    <message>
      <source>Tensile</source>
      <translation>Szakítóvizsgálat</translation>
    </message>
    <message>
      <source>Hardness</source>
      <translation>Keménység</translation>
    </message>
    <message>
      <source>Charpy impact</source>
      <translation>Charpy-féle ütővizsgálat</translation>
    </message>
    <message>
      <source>Dimensional</source>
      <translation>Méretellenőrzés</translation>
    </message>
    <message>
      <source>Draft</source>
      <translation>Piszkozat</translation>
    </message>
    <message>
      <source>Reviewed</source>
      <translation>Ellenőrizve</translation>
    </message>
    <message>
      <source>Approved</source>
      <translation>Jóváhagyva</translation>
    </message>
    <message>
      <source>Intake slip</source>
      <translation>Átvételi elismervény</translation>
    </message>
    <message>
      <source>Job reference</source>
      <translation>Megbízásszám</translation>
    </message>
    <message>
      <source>Customer</source>
      <translation>Megrendelő</translation>
    </message>
    <message>
      <source>Contact</source>
      <translation>Kapcsolattartó</translation>
    </message>
    <message>
      <source>Job</source>
      <translation>Megbízás</translation>
    </message>
    <message>
      <source>Material</source>
      <translation>Anyag</translation>
    </message>
    <message>
      <source>Requested on</source>
      <translation>Megrendelés dátuma</translation>
    </message>
    <message>
      <source>Agreed due date</source>
      <translation>Egyeztetett határidő</translation>
    </message>
    <message>
      <source>to be agreed</source>
      <translation>egyeztetés alatt</translation>
    </message>
    <message>
      <source>Items received</source>
      <translation>Átvett tételek</translation>
    </message>
    <message>
      <source>Item</source>
      <translation>Tétel</translation>
    </message>
    <message>
      <source>Description</source>
      <translation>Leírás</translation>
    </message>
    <message>
      <source>Condition on receipt</source>
      <translation>Állapot átvételkor</translation>
    </message>
    <message>
      <source>Received</source>
      <translation>Átvéve</translation>
    </message>
    <message>
      <source>{n} item(s) expected; none registered yet.</source>
      <translation>{n} tétel várható; még egy sincs nyilvántartásba véve.</translation>
    </message>
    <message>
      <source>Job status at the kiosk</source>
      <translation>Megbízás állapota a kioszknál</translation>
    </message>
    <message>
      <source>Scan the code at the kiosk in our lobby, or type the job reference and the access code, to see the status of your job.</source>
      <translation>Megbízása állapotának megtekintéséhez olvassa be a kódot az előcsarnokunkban található kioszknál, vagy írja be a megbízásszámot és a hozzáférési kódot.</translation>
    </message>
    <message>
      <source>Access code</source>
      <translation>Hozzáférési kód</translation>
    </message>
    <message>
      <source>Keep this slip: the code is not stored in readable form and is printed only here. A new slip makes a new code, and the old one stops working.</source>
      <translation>Őrizze meg ezt az elismervényt: a kódot nem tároljuk olvasható formában, és csak itt szerepel nyomtatásban. Új elismervény kiállításakor új kód készül, és a régi érvényét veszti.</translation>
    </message>
    <message>
      <source>There is no job {reference}.</source>
      <translation>Nincs {reference} számú megbízás.</translation>
    </message>
    <message>
      <source>Intake slip of {reference} written to {path}; it carries a new access code (the previous one no longer works).</source>
      <translation>Átvételi elismervény ({reference}) kiírva ide: {path}; új hozzáférési kódot tartalmaz (az előző már nem érvényes).</translation>
    </message>
    <message>
      <source>Draft report written to {path} (not issued, not archived).</source>
      <translation>A jegyzőkönyv piszkozata kiírva ide: {path} (nincs kiadva, nincs archiválva).</translation>
    </message>
    <message>
      <source>Report {number} issued and archived: {path}</source>
      <translation>A {number} számú jegyzőkönyv kiadva és archiválva: {path}</translation>
    </message>
    <message>
      <source>DRAFT — not valid</source>
      <translation>PISZKOZAT — nem érvényes</translation>
    </message>
    <message>
      <source>The results relate only to the items tested.</source>
      <translation>Az eredmények csak a vizsgált tételekre vonatkoznak.</translation>
    </message>
    <message>
      <source>Test report — Amendment {n} to report {number}</source>
      <translation>Vizsgálati jegyzőkönyv — a {number} számú jegyzőkönyv {n}. módosítása</translation>
    </message>
    <message>
      <source>Test report</source>
      <translation>Vizsgálati jegyzőkönyv</translation>
    </message>
    <message>
      <source>no calibration required</source>
      <translation>kalibrálás nem szükséges</translation>
    </message>
    <message>
      <source>out of calibration; used under the manager's documented override no. {id}</source>
      <translation>lejárt kalibrálású; a vezető dokumentált felülbírálata alapján használva (sz.: {id})</translation>
    </message>
    <message>
      <source> (granted by {name} on {date}: “{justification}”)</source>
      <translation> (engedélyezte: {name}, {date}: „{justification}”)</translation>
    </message>
    <message>
      <source>out of calibration on the test date</source>
      <translation>a vizsgálat napján lejárt kalibrálású</translation>
    </message>
    <message>
      <source>calibrated, valid until {date}</source>
      <translation>kalibrálva, érvényesség vége: {date}</translation>
    </message>
    <message>
      <source> (certificate {number})</source>
      <translation> (bizonyítvány száma: {number})</translation>
    </message>
    <message>
      <source>DRAFT for checking — not valid as a test report; results not yet approved may appear.</source>
      <translation>PISZKOZAT ellenőrzésre — vizsgálati jegyzőkönyvként nem érvényes; még jóvá nem hagyott eredményeket is tartalmazhat.</translation>
    </message>
    <message>
      <source>This report replaces report {old}, which is superseded and withdrawn. Reason for the amendment: {reason}</source>
      <translation>Ez a jegyzőkönyv a {old} számú jegyzőkönyvet váltja fel, amely ezzel hatályát veszti és visszavonásra kerül. A módosítás oka: {reason}</translation>
    </message>
    <message>
      <source>Report number</source>
      <translation>Jegyzőkönyv száma</translation>
    </message>
    <message>
      <source>Customer order</source>
      <translation>Megrendelő rendelésszáma</translation>
    </message>
    <message>
      <source>Tests performed</source>
      <translation>Elvégzett vizsgálatok</translation>
    </message>
    <message>
      <source>Issue date</source>
      <translation>Kiadás dátuma</translation>
    </message>
    <message>
      <source>Items tested</source>
      <translation>Vizsgált tételek</translation>
    </message>
    <message>
      <source>Parts measured as a series are named in the results.</source>
      <translation>A sorozatként mért alkatrészeket az eredményeknél nevezzük meg.</translation>
    </message>
    <message>
      <source>not recorded</source>
      <translation>nincs rögzítve</translation>
    </message>
    <message>
      <source>Tests, methods and instruments</source>
      <translation>Vizsgálatok, módszerek és mérőeszközök</translation>
    </message>
    <message>
      <source>Test and method</source>
      <translation>Vizsgálat és módszer</translation>
    </message>
    <message>
      <source>Instrument and calibration</source>
      <translation>Mérőeszköz és kalibrálás</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>Dátum</translation>
    </message>
    <message>
      <source>Conditions</source>
      <translation>Körülmények</translation>
    </message>
    <message>
      <source>Deviations from the methods</source>
      <translation>Eltérések a módszerektől</translation>
    </message>
    <message>
      <source>None.</source>
      <translation>Nincs.</translation>
    </message>
    <message>
      <source>Results — {type}</source>
      <translation>Eredmények — {type}</translation>
    </message>
    <message>
      <source>Decision rule and uncertainty</source>
      <translation>Döntési szabály és mérési bizonytalanság</translation>
    </message>
    <message>
      <source>No limits were given: no statement of conformity is made.</source>
      <translation>Nem adtak meg határértékeket: megfelelőségi nyilatkozat nem készül.</translation>
    </message>
    <message>
      <source>Uncertainty: the expanded uncertainty U is the standard uncertainty multiplied by the coverage factor k = {k}, which for a normal distribution gives a coverage probability of about 95 %.</source>
      <translation>Mérési bizonytalanság: az U kiterjesztett mérési bizonytalanság a standard bizonytalanság és a k = {k} kiterjesztési tényező szorzata, amely normális eloszlás esetén körülbelül 95 %-os lefedési valószínűséget ad.</translation>
    </message>
    <message>
      <source>This report may be reproduced only in full, unless the laboratory agrees in writing.</source>
      <translation>Ez a jegyzőkönyv csak teljes terjedelmében sokszorosítható, kivéve, ha a laboratórium ehhez írásban hozzájárul.</translation>
    </message>
    <message>
      <source>Report issued by {name}, {date}</source>
      <translation>A jegyzőkönyvet kiadta: {name}, {date}</translation>
    </message>
    <message>
      <source>Not issued: draft for checking.</source>
      <translation>Nincs kiadva: ellenőrzésre szánt piszkozat.</translation>
    </message>
    <message>
      <source>Performed, reviewed and approved by</source>
      <translation>Végezte, ellenőrizte és jóváhagyta</translation>
    </message>
    <message>
      <source>Item and test</source>
      <translation>Tétel és vizsgálat</translation>
    </message>
    <message>
      <source>Performed by</source>
      <translation>Végezte</translation>
    </message>
    <message>
      <source>Reviewed by</source>
      <translation>Ellenőrizte</translation>
    </message>
    <message>
      <source>Approved by</source>
      <translation>Jóváhagyta</translation>
    </message>
    <message>
      <source>End of report</source>
      <translation>A jegyzőkönyv vége</translation>
    </message>
    <message>
      <source>Pass</source>
      <translation>Megfelelt</translation>
    </message>
    <message>
      <source>Fail</source>
      <translation>Nem felelt meg</translation>
    </message>
    <message>
      <source>Inconclusive</source>
      <translation>Nem eldönthető</translation>
    </message>
    <message>
      <source>± {u} (k = {k})</source>
      <translation>± {u} (k = {k})</translation>
    </message>
    <message>
      <source>Limits: {sources}</source>
      <translation>Határértékek: {sources}</translation>
    </message>
    <message>
      <source>Remarks: {text}</source>
      <translation>Megjegyzések: {text}</translation>
    </message>
    <message>
      <source>Notes of the evaluation: {text}</source>
      <translation>A kiértékelés megjegyzései: {text}</translation>
    </message>
    <message>
      <source>no specimen (part series)</source>
      <translation>nincs próbatest (alkatrészsorozat)</translation>
    </message>
    <message>
      <source>{specimen} — {detail}; {method}; tested {date}</source>
      <translation>{specimen} — {detail}; {method}; vizsgálat dátuma: {date}</translation>
    </message>
    <message>
      <source>Stress–strain curves ({specimens}).</source>
      <translation>Feszültség–nyúlás görbék ({specimens}).</translation>
    </message>
    <message>
      <source>Dashed: the line of slope E offset by 0.2 % plastic strain (ISO 6892-1).</source>
      <translation>Szaggatott vonal: az E meredekségű egyenes, 0,2 % maradó nyúlással eltolva (ISO 6892-1).</translation>
    </message>
    <message>
      <source>Markers: ■ Rp0.2 or ReH, ▼ ReL, ● Rm.</source>
      <translation>Jelölők: ■ Rp0.2 vagy ReH, ▼ ReL, ● Rm.</translation>
    </message>
    <message>
      <source>Indentation {n}</source>
      <translation>{n}. lenyomat</translation>
    </message>
    <message>
      <source>Mean</source>
      <translation>Átlag</translation>
    </message>
    <message>
      <source>Range</source>
      <translation>Terjedelem</translation>
    </message>
    <message>
      <source>test temperature {t} °C</source>
      <translation>vizsgálati hőmérséklet {t} °C</translation>
    </message>
    <message>
      <source>pendulum {e} J</source>
      <translation>inga {e} J</translation>
    </message>
    <message>
      <source>Specimen {n}: {symbol}</source>
      <translation>{n}. próbatest: {symbol}</translation>
    </message>
    <message>
      <source>Mean {symbol}</source>
      <translation>Átlagos {symbol}</translation>
    </message>
    <message>
      <source>Lowest single value</source>
      <translation>Legkisebb egyedi érték</translation>
    </message>
    <message>
      <source>Absorbed energy</source>
      <translation>Elnyelt energia (ütőmunka)</translation>
    </message>
    <message>
      <source>dimensional inspection</source>
      <translation>méretellenőrzés</translation>
    </message>
    <message>
      <source>Characteristic</source>
      <translation>Jellemző</translation>
    </message>
    <message>
      <source>Part</source>
      <translation>Alkatrész</translation>
    </message>
    <message>
      <source>Measured</source>
      <translation>Mért érték</translation>
    </message>
    <message>
      <source>Limits</source>
      <translation>Határértékek</translation>
    </message>
    <message>
      <source>U</source>
      <translation>U</translation>
    </message>
    <message>
      <source>Decision</source>
      <translation>Döntés</translation>
    </message>
    <message>
      <source>Process capability (X̄–R, ISO 22514-2)</source>
      <translation>Folyamatképesség (X̄–R, ISO 22514-2)</translation>
    </message>
    <message>
      <source>n</source>
      <translation>n</translation>
    </message>
    <message>
      <source>Subgroup</source>
      <translation>Alcsoport</translation>
    </message>
    <message>
      <source>Min</source>
      <translation>Min</translation>
    </message>
    <message>
      <source>Max</source>
      <translation>Max</translation>
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
      <translation>Kalibrálás nem szükséges</translation>
    </message>
    <message>
      <source>OUT OF CALIBRATION</source>
      <translation>LEJÁRT KALIBRÁLÁS</translation>
    </message>
    <message>
      <source>Calibrated until {date}</source>
      <translation>Kalibrálva, érvényes: {date}</translation>
    </message>
    <message>
      <source>Asset labels</source>
      <translation>Leltári címkék</translation>
    </message>
    <message>
      <source>{count} asset labels</source>
      <translation>{count} leltári címke</translation>
    </message>
    <message>
      <source>Strain ε (%)</source>
      <translation>Nyúlás ε (%)</translation>
    </message>
    <message>
      <source>Stress R (MPa)</source>
      <translation>Feszültség R (MPa)</translation>
    </message>
    <message>
      <source>Report ID: {id}</source>
      <translation>Azonosító: {id}</translation>
    </message>
    <message>
      <source>Issue date: {date}</source>
      <translation>Kiadás dátuma: {date}</translation>
    </message>
    <message>
      <source>{center} · Report {id} · issued {date}</source>
      <translation>{center} · Azonosító: {id} · Kiadva: {date}</translation>
    </message>
    <message>
      <source>Page {page} of {total}</source>
      <translation>{page}. oldal / {total}</translation>
    </message>
    <message>
      <source>--to {to} is before --from {start}</source>
      <translation>--to {to} korábbi, mint --from {start}</translation>
    </message>
    <message>
      <source>Period</source>
      <translation>Időszak</translation>
    </message>
    <message>
      <source>PDF</source>
      <translation>PDF</translation>
    </message>
    <message>
      <source>Usage report ({kind}) written to {path}</source>
      <translation>Használati jelentés ({kind}) kiírva ide: {path}</translation>
    </message>
    <message>
      <source>{start} – {end}: {equipment} equipment, {hours} used hours, {sessions} sessions.</source>
      <translation>{start} – {end}: {equipment} berendezés, {hours} használati óra, {sessions} munkamenet.</translation>
    </message>
    <message>
      <source>Asset tag</source>
      <translation>Leltári címke</translation>
    </message>
    <message>
      <source>Equipment</source>
      <translation>Berendezés</translation>
    </message>
    <message>
      <source>Category</source>
      <translation>Kategória</translation>
    </message>
    <message>
      <source>Booked h</source>
      <translation>Foglalt h</translation>
    </message>
    <message>
      <source>Used h</source>
      <translation>Használt h</translation>
    </message>
    <message>
      <source>Opening h</source>
      <translation>Nyitvatartási h</translation>
    </message>
    <message>
      <source>Downtime h (in opening hours)</source>
      <translation>Állásidő h (nyitvatartási időben)</translation>
    </message>
    <message>
      <source>Downtime h (around the clock)</source>
      <translation>Állásidő h (éjjel-nappal)</translation>
    </message>
    <message>
      <source>Available h</source>
      <translation>Rendelkezésre álló h</translation>
    </message>
    <message>
      <source>Utilization</source>
      <translation>Kihasználtság</translation>
    </message>
    <message>
      <source>Sessions</source>
      <translation>Munkamenetek</translation>
    </message>
    <message>
      <source>Running sessions</source>
      <translation>Futó munkamenetek</translation>
    </message>
    <message>
      <source>No-shows</source>
      <translation>Meg nem jelenések</translation>
    </message>
    <message>
      <source>Energy kWh</source>
      <translation>Energia kWh</translation>
    </message>
    <message>
      <source>Total</source>
      <translation>Összesen</translation>
    </message>
    <message>
      <source>Company</source>
      <translation>Cég</translation>
    </message>
    <message>
      <source>Hours</source>
      <translation>Órák</translation>
    </message>
    <message>
      <source>Jobs</source>
      <translation>Megbízások</translation>
    </message>
    <message>
      <source>Machine cost {currency}</source>
      <translation>Gépköltség {currency}</translation>
    </message>
    <message>
      <source>Hours without rate</source>
      <translation>Óradíj nélküli órák</translation>
    </message>
    <message>
      <source>Operator</source>
      <translation>Kezelő</translation>
    </message>
    <message>
      <source>Month</source>
      <translation>Hónap</translation>
    </message>
    <message>
      <source>Companies</source>
      <translation>Cégek</translation>
    </message>
    <message>
      <source>Operators</source>
      <translation>Kezelők</translation>
    </message>
    <message>
      <source>Months</source>
      <translation>Hónapok</translation>
    </message>
    <message>
      <source>Equipment usage report</source>
      <translation>Berendezés-használati jelentés</translation>
    </message>
    <message>
      <source>From</source>
      <translation>Kezdő dátum</translation>
    </message>
    <message>
      <source>To</source>
      <translation>Záró dátum</translation>
    </message>
    <message>
      <source>Time zone</source>
      <translation>Időzóna</translation>
    </message>
    <message>
      <source>Selection</source>
      <translation>Kiválasztás</translation>
    </message>
    <message>
      <source>all equipment</source>
      <translation>összes berendezés</translation>
    </message>
    <message>
      <source>Figures as of (UTC)</source>
      <translation>Adatok állapota (UTC)</translation>
    </message>
    <message>
      <source>Report</source>
      <translation>Jelentés</translation>
    </message>
    <message>
      <source>category {name}</source>
      <translation>kategória: {name}</translation>
    </message>
    <message>
      <source>equipment {tags}</source>
      <translation>berendezés: {tags}</translation>
    </message>
    <message>
      <source>Utilization by equipment (used / available hours)</source>
      <translation>Kihasználtság berendezésenként (használt / rendelkezésre álló órák)</translation>
    </message>
    <message>
      <source>per cent of the available hours</source>
      <translation>a rendelkezésre álló órák százalékában</translation>
    </message>
    <message>
      <source>Hours by month</source>
      <translation>Órák havonta</translation>
    </message>
    <message>
      <source>booked h</source>
      <translation>foglalt h</translation>
    </message>
    <message>
      <source>used h</source>
      <translation>használt h</translation>
    </message>
    <message>
      <source>Avail­able h</source>
      <translation>Rendel­kezésre álló h</translation>
    </message>
    <message>
      <source>Utiliz­ation</source>
      <translation>Kihasz­náltság</translation>
    </message>
    <message>
      <source>Down­time h</source>
      <translation>Állás­idő h</translation>
    </message>
    <message>
      <source>Machine cost</source>
      <translation>Gépköltség</translation>
    </message>
    <message>
      <source>Used hours: the part of each usage session inside the period; a session still running counts up to the time the figures were made.</source>
      <translation>Használt órák: az egyes használati munkamenetek időszakba eső része; a még futó munkamenet az adatok elkészítésének időpontjáig számít.</translation>
    </message>
    <message>
      <source>Booked hours: confirmed and completed bookings, the part inside the period. No-shows: bookings marked no-show that overlap the period.</source>
      <translation>Foglalt órák: a visszaigazolt és befejezett foglalások időszakba eső része. Meg nem jelenések: a meg nem jelenésként jelölt foglalások, amelyek átfedik az időszakot.</translation>
    </message>
    <message>
      <source>Available hours: the lab's opening hours in the period (up to the time the figures were made) minus the downtime that fell in them. Downtime: maintenance work and incidents (open ones until now) and planned maintenance windows, overlaps counted once. Utilization = used / available hours; it exceeds 100 % when equipment runs outside opening hours.</source>
      <translation>Rendelkezésre álló órák: a labor nyitvatartási órái az időszakban (az adatok elkészítésének időpontjáig), csökkentve az ezekre eső állásidővel. Állásidő: karbantartási munkák és üzemzavarok (a még nyitottak a jelen időpontig), valamint tervezett karbantartási időablakok; az átfedéseket egyszer számítjuk. Kihasználtság = használt / rendelkezésre álló órák; 100 % fölé mehet, ha a berendezés nyitvatartási időn kívül is működik.</translation>
    </message>
    <message>
      <source>Energy: the recorded energy of each session, pro-rated by the share of its time inside the period; a running session is estimated from the nominal power.</source>
      <translation>Energia: az egyes munkamenetek rögzített energiája, az időszakba eső időhányaddal arányosítva; a futó munkamenet energiáját a névleges teljesítményből becsüljük.</translation>
    </message>
    <message>
      <source>Machine cost: used hours × the equipment's hourly rate, in the equipment's currency (currencies are never added together).</source>
      <translation>Gépköltség: használt órák × a berendezés óradíja, a berendezés pénznemében (különböző pénznemeket soha nem adunk össze).</translation>
    </message>
    <message>
      <source>{start} – {end} ({zone})</source>
      <translation>{start} – {end} ({zone})</translation>
    </message>
    <message>
      <source>Figures as of</source>
      <translation>Adatok állapota</translation>
    </message>
    <message>
      <source>Used hours</source>
      <translation>Használt órák</translation>
    </message>
    <message>
      <source>Booked hours</source>
      <translation>Foglalt órák</translation>
    </message>
    <message>
      <source>Available hours</source>
      <translation>Rendelkezésre álló órák</translation>
    </message>
    <message>
      <source>Energy</source>
      <translation>Energia</translation>
    </message>
    <message>
      <source>Per equipment</source>
      <translation>Berendezésenként</translation>
    </message>
    <message>
      <source>Per company</source>
      <translation>Cégenként</translation>
    </message>
    <message>
      <source>No usage.</source>
      <translation>Nem volt használat.</translation>
    </message>
    <message>
      <source>Per operator</source>
      <translation>Kezelőnként</translation>
    </message>
    <message>
      <source>Not a usable role name: {name!r} (lower-case letters, digits and _, starting with a letter; at most 63).</source>
      <translation>Nem használható szerepkörnév: {name!r} (kisbetűk, számjegyek és _, betűvel kezdődően; legfeljebb 63 karakter).</translation>
    </message>
    <message>
      <source>Not a database URL: {error}</source>
      <translation>Nem adatbázis-URL: {error}</translation>
    </message>
    <message>
      <source>This command sets up a PostgreSQL server (postgresql+psycopg://user@host/db); a SQLite file needs no set-up.</source>
      <translation>Ez a parancs PostgreSQL-szervert állít be (postgresql+psycopg://user@host/db); SQLite-fájlhoz nincs szükség beállításra.</translation>
    </message>
    <message>
      <source>Cannot use the server {where}: {reason}</source>
      <translation>A szerver ({where}) nem használható: {reason}</translation>
    </message>
    <message>
      <source>The role {name} is the one running this set-up; give the program and the kiosk roles of their own.</source>
      <translation>Ezt a beállítást éppen ez a szerepkör futtatja: {name}; a programnak és a kioszknak adjon saját szerepkört.</translation>
    </message>
    <message>
      <source>The role {name} is a superuser or may create roles: it cannot be the program's or the kiosk's. Choose another name.</source>
      <translation>A szerepkör ({name}) szuperfelhasználó, vagy létrehozhat szerepköröket: nem lehet a program vagy a kioszk szerepköre. Válasszon másik nevet.</translation>
    </message>
    <message>
      <source>The new role {name} needs a password.</source>
      <translation>Az új szerepkörhöz ({name}) jelszó szükséges.</translation>
    </message>
    <message>
      <source>The kiosk's tables are missing: {tables}.</source>
      <translation>Hiányoznak a kioszk táblái: {tables}.</translation>
    </message>
    <message>
      <source>The program and the kiosk need two different roles.</source>
      <translation>A programnak és a kioszknak két különböző szerepkörre van szüksége.</translation>
    </message>
    <message>
      <source>Sign in first.</source>
      <translation>Előbb jelentkezzen be.</translation>
    </message>
    <message>
      <source>No user with id {id}.</source>
      <translation>Nincs {id} azonosítójú felhasználó.</translation>
    </message>
    <message>
      <source>No equipment with the tag {tags}.</source>
      <translation>Nincs berendezés ezzel a leltári címkével: {tags}.</translation>
    </message>
    <message>
      <source>There is no equipment with id {id}.</source>
      <translation>Nincs {id} azonosítójú berendezés.</translation>
    </message>
    <message>
      <source>There is no equipment to print labels for.</source>
      <translation>Nincs berendezés, amelyhez címkét lehetne nyomtatni.</translation>
    </message>
    <message>
      <source>OK: {n} audit entries verified.</source>
      <translation>OK: {n} naplóbejegyzés ellenőrizve.</translation>
    </message>
    <message>
      <source>BROKEN at audit entry {id}: {problem} ({n} entries before it verified).</source>
      <translation>SÉRÜLT lánc – naplóbejegyzés: {id}, hiba: {problem} (az előtte lévő {n} bejegyzés rendben).</translation>
    </message>
    <message>
      <source>it does not follow the entry before it</source>
      <translation>nem az előtte lévő bejegyzéshez kapcsolódik</translation>
    </message>
    <message>
      <source>its content was altered</source>
      <translation>a tartalmát módosították</translation>
    </message>
    <message>
      <source>{table} row {row}: {problem}</source>
      <translation>{table} tábla {row}. sora: {problem}</translation>
    </message>
    <message>
      <source>OK: {n} rows of the audited tables match the audit trail.</source>
      <translation>OK: a naplózott táblák {n} sora egyezik az audit naplóval.</translation>
    </message>
    <message>
      <source>CHANGED BEHIND THE PROGRAM'S BACK: {n} rows differ from the audit trail ({rows} rows checked):</source>
      <translation>A PROGRAM MEGKERÜLÉSÉVEL MÓDOSÍTVA: {n} sor eltér az audit naplótól ({rows} sor ellenőrizve):</translation>
    </message>
    <message>
      <source>  … and {n} more.</source>
      <translation>  … és még {n}.</translation>
    </message>
    <message>
      <source>the row is not in the audit trail (added behind the program's back)</source>
      <translation>a sor nincs az audit naplóban (a program megkerülésével került be)</translation>
    </message>
    <message>
      <source>{field} is not what the audit trail recorded (redacted)</source>
      <translation>{field} nem az, amit az audit napló rögzített (rejtett érték)</translation>
    </message>
    <message>
      <source>{field} is {actual}, the audit trail says {recorded}</source>
      <translation>{field} értéke {actual}, az audit napló szerint {recorded}</translation>
    </message>
    <message>
      <source>the row is missing, and the audit trail records no deletion of it</source>
      <translation>a sor hiányzik, és az audit napló nem rögzítette a törlését</translation>
    </message>
    <message>
      <source>Automatic backups are for a database file; a server uses pg_dump.</source>
      <translation>Az automatikus mentés adatbázisfájlhoz való; szerveren a pg_dump használatos.</translation>
    </message>
    <message>
      <source>pg_dump was not found (looked on PATH and in /usr/lib/postgresql/*/bin). Install the PostgreSQL client tools (Debian/Ubuntu: postgresql-client), or run pg_dump on the server.</source>
      <translation>A pg_dump nem található (keresve: PATH és /usr/lib/postgresql/*/bin). Telepítse a PostgreSQL klienseszközöket (Debian/Ubuntu: postgresql-client), vagy futtassa a pg_dump-ot a szerveren.</translation>
    </message>
    <message>
      <source>pg_dump could not run: {error}</source>
      <translation>A pg_dump nem tudott elindulni: {error}</translation>
    </message>
    <message>
      <source>pg_dump failed: {error}</source>
      <translation>A pg_dump hibával leállt: {error}</translation>
    </message>
    <message>
      <source>A server's database is restored with PostgreSQL's own tool, with every station closed, as the database's owner: pg_restore --clean --if-exists --no-owner --dbname="{url}" "{file}" — then run `itc-desktop db init-server` again to set the roles' privileges. Nothing was changed.</source>
      <translation>Szerveren az adatbázist a PostgreSQL saját eszközével kell visszaállítani, minden állomás bezárása után, az adatbázis tulajdonosaként: pg_restore --clean --if-exists --no-owner --dbname="{url}" "{file}" — utána futtassa újra az `itc-desktop db init-server` parancsot a szerepkörök jogaihoz. Semmi sem változott.</translation>
    </message>
    <message>
      <source>{file} cannot be restored: {reason} The database in use was not changed.</source>
      <translation>{file} nem állítható vissza: {reason} A használt adatbázis nem változott.</translation>
    </message>
    <message>
      <source>it is not an SQLite database file.</source>
      <translation>nem SQLite adatbázisfájl.</translation>
    </message>
    <message>
      <source>it is damaged ({problems}).</source>
      <translation>sérült ({problems}).</translation>
    </message>
    <message>
      <source>no tables</source>
      <translation>nincs tábla</translation>
    </message>
    <message>
      <source>it is not an ITC Lab database (it holds: {tables}).</source>
      <translation>nem ITC Lab adatbázis (tartalma: {tables}).</translation>
    </message>
    <message>
      <source>it has no schema revision.</source>
      <translation>nincs sémaváltozata.</translation>
    </message>
    <message>
      <source>there is no such file.</source>
      <translation>nincs ilyen fájl.</translation>
    </message>
    <message>
      <source>it cannot be read ({error}).</source>
      <translation>nem olvasható ({error}).</translation>
    </message>
    <message>
      <source>it cannot be brought to this version ({error}).</source>
      <translation>nem frissíthető erre a verzióra ({error}).</translation>
    </message>
    <message>
      <source>its audit trail does not verify.
{result}
</source>
      <translation>az audit naplója nem igazolható.
{result}
</translation>
    </message>
    <message>
      <source>The database in use could not be copied aside to {path} ({error}), so it was not replaced; nothing was changed.</source>
      <translation>A használt adatbázist nem sikerült félretenni ide: {path} ({error}), ezért nem cseréltük le; semmi sem változott.</translation>
    </message>
    <message>
      <source>The backup was checked but could not be written into {path}: {error}. The database as it was is kept at {kept}.</source>
      <translation>A mentés ellenőrzése sikerült, de nem írható ide: {path}: {error}. A korábbi adatbázis itt maradt meg: {kept}.</translation>
    </message>
    <message>
      <source>choose one equipment, one person or one job</source>
      <translation>válasszon ki egy berendezést, egy személyt vagy egy megbízást</translation>
    </message>
    <message>
      <source>Export</source>
      <translation>Exportálás</translation>
    </message>
    <message>
      <source>There is no user with id {id}.</source>
      <translation>Nincs {id} azonosítójú felhasználó.</translation>
    </message>
    <message>
      <source>Bookings of {name}</source>
      <translation>{name} foglalásai</translation>
    </message>
    <message>
      <source>There is no job with id {id}.</source>
      <translation>Nincs {id} azonosítójú megbízás.</translation>
    </message>
    <message>
      <source>Job {reference}: {title}</source>
      <translation>Megbízás {reference}: {title}</translation>
    </message>
    <message>
      <source>Status: {status}</source>
      <translation>Állapot: {status}</translation>
    </message>
    <message>
      <source>Cancelled: {reason}</source>
      <translation>Törölve: {reason}</translation>
    </message>
    <message>
      <source>give exactly one of --equipment, --user, --job</source>
      <translation>pontosan egyet adjon meg ezek közül: --equipment, --user, --job</translation>
    </message>
    <message>
      <source>There is no equipment with asset tag {tag}.</source>
      <translation>Nincs berendezés ezzel a leltári címkével: {tag}.</translation>
    </message>
    <message>
      <source>There is no user {name}.</source>
      <translation>Nincs {name} nevű felhasználó.</translation>
    </message>
    <message>
      <source>{tag} {name} is already booked by {who} from {start} to {end} (booking {id}).</source>
      <translation>{tag} {name}: {who} már lefoglalta {start} és {end} között ({id} azonosítójú foglalás).</translation>
    </message>
    <message>
      <source>{tag} {name} is retired and cannot be booked.</source>
      <translation>{tag} {name}: selejtezve, nem foglalható.</translation>
    </message>
    <message>
      <source>{tag} {name} is out of service ({note}); it can be booked again when a manager returns it to service.</source>
      <translation>{tag} {name}: üzemen kívül ({note}); ismét foglalható lesz, amint egy vezető visszahelyezi üzembe.</translation>
    </message>
    <message>
      <source>no reason given</source>
      <translation>nincs megadva ok</translation>
    </message>
    <message>
      <source>{tag} {name} is not bookable.</source>
      <translation>{tag} {name}: nem foglalható.</translation>
    </message>
    <message>
      <source>{tag} {name} is out of calibration by {when} ({reason}); it can be booked up to the end of its calibration, or a manager records an override.</source>
      <translation>{tag} {name}: {when} időpontban már lejárt kalibrálású ({reason}); a kalibrálás lejártáig foglalható, vagy egy vezető felülbírálatot rögzíthet.</translation>
    </message>
    <message>
      <source>The end ({end}) must be after the start ({start}).</source>
      <translation>A befejezésnek ({end}) a kezdés ({start}) után kell lennie.</translation>
    </message>
    <message>
      <source>The start ({start}) is in the past; a booking reserves time to come.</source>
      <translation>A kezdés ({start}) a múltban van; foglalással csak jövőbeli idő köthető le.</translation>
    </message>
    <message>
      <source>{tag} {name} is in maintenance from {start} to {end} ({what}).</source>
      <translation>{tag} {name}: karbantartás alatt, {start} – {end} ({what}).</translation>
    </message>
    <message>
      <source>until finished</source>
      <translation>a befejezésig</translation>
    </message>
    <message>
      <source>{tag} may be booked for at most {max} hours at a time; this booking is {hours} hours.</source>
      <translation>{tag} egyszerre legfeljebb {max} órára foglalható; ez a foglalás {hours} órás.</translation>
    </message>
    <message>
      <source>{tag} must be booked at least {min} hours ahead; this booking starts in {hours} hours.</source>
      <translation>{tag} legalább {min} órával előre foglalandó; ez a foglalás {hours} óra múlva kezdődik.</translation>
    </message>
    <message>
      <source>Repeat</source>
      <translation>Ismétlés</translation>
    </message>
    <message>
      <source>daily or weekly</source>
      <translation>naponta vagy hetente</translation>
    </message>
    <message>
      <source>Until</source>
      <translation>Eddig</translation>
    </message>
    <message>
      <source>give an end date or a number of occurrences</source>
      <translation>adjon meg záró dátumot vagy az ismétlődések számát</translation>
    </message>
    <message>
      <source>Occurrences</source>
      <translation>Ismétlődések</translation>
    </message>
    <message>
      <source>between 1 and {n}</source>
      <translation>1 és {n} között</translation>
    </message>
    <message>
      <source>must not be before the first day</source>
      <translation>nem lehet az első nap előtt</translation>
    </message>
    <message>
      <source>Every</source>
      <translation>Ismétlési köz</translation>
    </message>
    <message>
      <source>must be 1 or more</source>
      <translation>legalább 1 legyen</translation>
    </message>
    <message>
      <source>Weekdays</source>
      <translation>A hét napjai</translation>
    </message>
    <message>
      <source>choose at least one weekday</source>
      <translation>válasszon legalább egy napot</translation>
    </message>
    <message>
      <source>Duration</source>
      <translation>Időtartam</translation>
    </message>
    <message>
      <source>must be more than zero</source>
      <translation>nullánál nagyobbnak kell lennie</translation>
    </message>
    <message>
      <source>at most {n} occurrences; choose an earlier end</source>
      <translation>legfeljebb {n} ismétlődés; válasszon korábbi befejezést</translation>
    </message>
    <message>
      <source>longer than the time between two occurrences</source>
      <translation>hosszabb, mint a két ismétlődés közötti idő</translation>
    </message>
    <message>
      <source>every occurrence is skipped</source>
      <translation>minden ismétlődés kimarad</translation>
    </message>
    <message>
      <source>Occurrence on {day}: </source>
      <translation>Ismétlődés ({day}): </translation>
    </message>
    <message>
      <source>booking {id} is not part of a series</source>
      <translation>a foglalás ({id}) nem része sorozatnak</translation>
    </message>
    <message>
      <source>Scope</source>
      <translation>Hatókör</translation>
    </message>
    <message>
      <source>There is no booking series with id {id}.</source>
      <translation>Nincs {id} azonosítójú foglalássorozat.</translation>
    </message>
    <message>
      <source>Booking {id}</source>
      <translation>Foglalás {id}</translation>
    </message>
    <message>
      <source>Booking series {id}</source>
      <translation>Foglalássorozat {id}</translation>
    </message>
    <message>
      <source>Opening hours</source>
      <translation>Nyitvatartás</translation>
    </message>
    <message>
      <source>give one entry per weekday, Monday first</source>
      <translation>a hét minden napjára egy bejegyzést adjon meg, hétfővel kezdve</translation>
    </message>
    <message>
      <source>write opening hours as 07:00-19:00, or leave empty when closed</source>
      <translation>a nyitvatartást 07:00-19:00 formában adja meg, vagy hagyja üresen, ha zárva</translation>
    </message>
    <message>
      <source>No-show after (minutes)</source>
      <translation>Meg nem jelenés ennyi perc után</translation>
    </message>
    <message>
      <source>between 0 and 1440</source>
      <translation>0 és 1440 között</translation>
    </message>
    <message>
      <source>There is no booking with id {id}.</source>
      <translation>Nincs {id} azonosítójú foglalás.</translation>
    </message>
    <message>
      <source>Only a manager may book equipment for someone else.</source>
      <translation>Más nevére csak vezető foglalhat berendezést.</translation>
    </message>
    <message>
      <source>Only a manager may change someone else's booking.</source>
      <translation>Más foglalását csak vezető módosíthatja.</translation>
    </message>
    <message>
      <source>Only a manager may accept less notice or a longer booking than the limits.</source>
      <translation>A határértékeknél rövidebb előzetes foglalást vagy hosszabb foglalást csak vezető engedélyezhet.</translation>
    </message>
    <message>
      <source>Booked for</source>
      <translation>Kinek a nevére</translation>
    </message>
    <message>
      <source>not an active user</source>
      <translation>nem aktív felhasználó</translation>
    </message>
    <message>
      <source>Purpose</source>
      <translation>Cél</translation>
    </message>
    <message>
      <source>at most {n} characters</source>
      <translation>legfeljebb {n} karakter</translation>
    </message>
    <message>
      <source>unknown job</source>
      <translation>ismeretlen megbízás</translation>
    </message>
    <message>
      <source>{reference} is {status}; machine time can no longer be booked to it</source>
      <translation>{reference} állapota: {status}; gépidő már nem foglalható rá</translation>
    </message>
    <message>
      <source>Job step</source>
      <translation>Megbízás lépése</translation>
    </message>
    <message>
      <source>not a step of the chosen job</source>
      <translation>nem a kiválasztott megbízás lépése</translation>
    </message>
    <message>
      <source>Another station booked this slot just now.</source>
      <translation>Egy másik munkaállomás éppen most foglalta le ezt az idősávot.</translation>
    </message>
    <message>
      <source>Booking {id} is {status}; only confirmed bookings can be changed.</source>
      <translation>A foglalás ({id}) állapota: {status}; csak visszaigazolt foglalás módosítható.</translation>
    </message>
    <message>
      <source>say why the booking is cancelled</source>
      <translation>adja meg a foglalás törlésének okát</translation>
    </message>
    <message>
      <source>Reason</source>
      <translation>Indok</translation>
    </message>
    <message>
      <source>A booking that has not started cannot be completed.</source>
      <translation>Még el nem kezdődött foglalás nem jelölhető befejezettnek.</translation>
    </message>
    <message>
      <source>A booking that has not started cannot be a no-show.</source>
      <translation>Még el nem kezdődött foglalás nem jelölhető meg nem jelenésként.</translation>
    </message>
    <message>
      <source>Booking {id} has a usage session; it was not a no-show.</source>
      <translation>A foglaláshoz ({id}) tartozik használati munkamenet; nem volt meg nem jelenés.</translation>
    </message>
    <message>
      <source>There is no usage session with id {id}.</source>
      <translation>Nincs {id} azonosítójú használati munkamenet.</translation>
    </message>
    <message>
      <source>one of {list}</source>
      <translation>ezek egyike: {list}</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Állapot</translation>
    </message>
    <message>
      <source>not a measuring instrument</source>
      <translation>nem mérőeszköz</translation>
    </message>
    <message>
      <source>calibration ends on {date} ({n} days left)</source>
      <translation>a kalibrálás lejár: {date} (még {n} nap)</translation>
    </message>
    <message>
      <source>the latest calibration failed</source>
      <translation>a legutóbbi kalibrálás nem felelt meg</translation>
    </message>
    <message>
      <source>calibration expired on {date}</source>
      <translation>a kalibrálás lejárt: {date}</translation>
    </message>
    <message>
      <source>no calibration recorded</source>
      <translation>nincs rögzített kalibrálás</translation>
    </message>
    <message>
      <source>{tag} is not marked as a measuring instrument</source>
      <translation>{tag} nincs mérőeszközként megjelölve</translation>
    </message>
    <message>
      <source>Calibration date</source>
      <translation>Kalibrálás dátuma</translation>
    </message>
    <message>
      <source>cannot be in the future</source>
      <translation>nem lehet a jövőben</translation>
    </message>
    <message>
      <source>Valid until</source>
      <translation>Érvényes eddig</translation>
    </message>
    <message>
      <source>must not be before the calibration date</source>
      <translation>nem lehet a kalibrálás dátuma előtt</translation>
    </message>
    <message>
      <source>Provider</source>
      <translation>Szolgáltató</translation>
    </message>
    <message>
      <source>Result</source>
      <translation>Eredmény</translation>
    </message>
    <message>
      <source>Certificate number</source>
      <translation>Bizonyítvány száma</translation>
    </message>
    <message>
      <source>Certificate</source>
      <translation>Bizonyítvány</translation>
    </message>
    <message>
      <source>not a document of this equipment</source>
      <translation>nem ennek a berendezésnek a dokumentuma</translation>
    </message>
    <message>
      <source>{tag} is not a measuring instrument; no override is needed</source>
      <translation>{tag} nem mérőeszköz; felülbírálatra nincs szükség</translation>
    </message>
    <message>
      <source>Justification</source>
      <translation>Indoklás</translation>
    </message>
    <message>
      <source>write why it may be used (at least {n} characters)</source>
      <translation>írja le, miért használható (legalább {n} karakter)</translation>
    </message>
    <message>
      <source>an override lasts at most 90 days</source>
      <translation>a felülbírálat legfeljebb 90 napig érvényes</translation>
    </message>
    <message>
      <source>There is no calibration override with id {id}.</source>
      <translation>Nincs {id} azonosítójú kalibrálási felülbírálat.</translation>
    </message>
    <message>
      <source>override {id} is for another instrument</source>
      <translation>a felülbírálat ({id}) egy másik mérőeszközre vonatkozik</translation>
    </message>
    <message>
      <source>override {id} was revoked</source>
      <translation>a felülbírálatot ({id}) visszavonták</translation>
    </message>
    <message>
      <source>single-use override {id} was already used</source>
      <translation>az egyszeri felülbírálatot ({id}) már felhasználták</translation>
    </message>
    <message>
      <source>override {id} is valid from {start} to {end}</source>
      <translation>a felülbírálat ({id}) érvényessége: {start} – {end}</translation>
    </message>
    <message>
      <source>{tag} {name} is out of calibration ({reason}). A manager must record an override with a written justification before it can be used.</source>
      <translation>{tag} {name}: lejárt kalibrálású ({reason}). Használat előtt egy vezetőnek írásos indoklással ellátott felülbírálatot kell rögzítenie.</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>Név</translation>
    </message>
    <message>
      <source>Country</source>
      <translation>Ország</translation>
    </message>
    <message>
      <source>Default currency</source>
      <translation>Alapértelmezett pénznem</translation>
    </message>
    <message>
      <source>Tax number</source>
      <translation>Adószám</translation>
    </message>
    <message>
      <source>required for a company in Hungary or Serbia</source>
      <translation>magyarországi vagy szerbiai cégnél kötelező</translation>
    </message>
    <message>
      <source>NDA date</source>
      <translation>NDA dátuma</translation>
    </message>
    <message>
      <source>required when an NDA is signed</source>
      <translation>kötelező, ha NDA-t írtak alá</translation>
    </message>
    <message>
      <source>only with a signed NDA</source>
      <translation>csak aláírt NDA esetén</translation>
    </message>
    <message>
      <source>Registration number</source>
      <translation>Cégjegyzékszám</translation>
    </message>
    <message>
      <source>Address</source>
      <translation>Cím</translation>
    </message>
    <message>
      <source>Notes</source>
      <translation>Megjegyzések</translation>
    </message>
    <message>
      <source>The tax number {tax} already belongs to {company}.</source>
      <translation>Ez az adószám ({tax}) már egy másik céghez tartozik: {company}.</translation>
    </message>
    <message>
      <source>No company with id {id}.</source>
      <translation>Nincs {id} azonosítójú cég.</translation>
    </message>
    <message>
      <source>E-mail</source>
      <translation>E-mail</translation>
    </message>
    <message>
      <source>not an e-mail address: {text}</source>
      <translation>nem e-mail-cím: {text}</translation>
    </message>
    <message>
      <source>Phone</source>
      <translation>Telefon</translation>
    </message>
    <message>
      <source>digits, spaces, +, /, (, ), - only: {text}</source>
      <translation>csak számjegyek, szóköz, +, /, (, ) és - megengedett: {text}</translation>
    </message>
    <message>
      <source>Role</source>
      <translation>Szerepkör</translation>
    </message>
    <message>
      <source>No contact with id {id}.</source>
      <translation>Nincs {id} azonosítójú kapcsolattartó.</translation>
    </message>
    <message>
      <source>Manufacturer</source>
      <translation>Gyártó</translation>
    </message>
    <message>
      <source>Model</source>
      <translation>Típus</translation>
    </message>
    <message>
      <source>Serial number</source>
      <translation>Gyári szám</translation>
    </message>
    <message>
      <source>Firmware/software version</source>
      <translation>Firmware-/szoftververzió</translation>
    </message>
    <message>
      <source>Location</source>
      <translation>Helyszín</translation>
    </message>
    <message>
      <source>Commissioning date</source>
      <translation>Üzembe helyezés dátuma</translation>
    </message>
    <message>
      <source>Hourly rate</source>
      <translation>Óradíj</translation>
    </message>
    <message>
      <source>Currency</source>
      <translation>Pénznem</translation>
    </message>
    <message>
      <source>Nominal power (kW)</source>
      <translation>Névleges teljesítmény (kW)</translation>
    </message>
    <message>
      <source>Max. booking (hours)</source>
      <translation>Max. foglalás (óra)</translation>
    </message>
    <message>
      <source>Min. notice (hours)</source>
      <translation>Min. előzetes foglalás (óra)</translation>
    </message>
    <message>
      <source>letters, digits and . _ / - only, at most 32 characters (e.g. ITC-0042)</source>
      <translation>csak betűk, számjegyek és . _ / -, legfeljebb 32 karakter (pl. ITC-0042)</translation>
    </message>
    <message>
      <source>{tag} is already used by {name}</source>
      <translation>ezt a címkét ({tag}) már használja: {name}</translation>
    </message>
    <message>
      <source>unknown category {value}; one of {list}</source>
      <translation>ismeretlen kategória: {value}; lehetséges: {list}</translation>
    </message>
    <message>
      <source>not a number</source>
      <translation>nem szám</translation>
    </message>
    <message>
      <source>must be zero or more</source>
      <translation>nulla vagy több lehet</translation>
    </message>
    <message>
      <source>too large</source>
      <translation>túl nagy</translation>
    </message>
    <message>
      <source>at most {n}</source>
      <translation>legfeljebb {n}</translation>
    </message>
    <message>
      <source>{tag} is already retired.</source>
      <translation>{tag} már selejtezve van.</translation>
    </message>
    <message>
      <source>{tag} is in use; stop the running session first.</source>
      <translation>{tag} használatban van; előbb állítsa le a futó munkamenetet.</translation>
    </message>
    <message>
      <source>say why the equipment is retired</source>
      <translation>adja meg a selejtezés okát</translation>
    </message>
    <message>
      <source>Note</source>
      <translation>Megjegyzés</translation>
    </message>
    <message>
      <source>{tag} is {status}.</source>
      <translation>{tag} állapota: {status}.</translation>
    </message>
    <message>
      <source>say why it is taken out of service</source>
      <translation>adja meg, miért helyezi üzemen kívül</translation>
    </message>
    <message>
      <source>File name</source>
      <translation>Fájlnév</translation>
    </message>
    <message>
      <source>{name} contains control or invisible characters</source>
      <translation>{name} vezérlő- vagy láthatatlan karaktert tartalmaz</translation>
    </message>
    <message>
      <source>File type</source>
      <translation>Fájltípus</translation>
    </message>
    <message>
      <source>{suffix} files are not accepted; accepted: {list}</source>
      <translation>nem elfogadott fájltípus: {suffix}; elfogadott típusok: {list}</translation>
    </message>
    <message>
      <source>extension-less</source>
      <translation>kiterjesztés nélküli</translation>
    </message>
    <message>
      <source>the content of {name} is not a {suffix} file</source>
      <translation>{name} tartalma nem {suffix} formátumú</translation>
    </message>
    <message>
      <source>{name} is not UTF-8 text</source>
      <translation>{name} nem UTF-8 kódolású szöveg</translation>
    </message>
    <message>
      <source>File</source>
      <translation>Fájl</translation>
    </message>
    <message>
      <source>the file is empty</source>
      <translation>a fájl üres</translation>
    </message>
    <message>
      <source>{size:.1f} MB is larger than the limit of {limit} MB</source>
      <translation>{size:.1f} MB meghaladja a {limit} MB-os korlátot</translation>
    </message>
    <message>
      <source>There is no document with id {id}.</source>
      <translation>Nincs {id} azonosítójú dokumentum.</translation>
    </message>
    <message>
      <source>Calibration due soon (days)</source>
      <translation>Közelgő kalibrálás jelzése (nap)</translation>
    </message>
    <message>
      <source>between 0 and 365</source>
      <translation>0 és 365 között</translation>
    </message>
    <message>
      <source>Maintenance due soon (days)</source>
      <translation>Közelgő karbantartás jelzése (nap)</translation>
    </message>
    <message>
      <source>Forgotten session after (hours)</source>
      <translation>Elfelejtett munkamenet ennyi óra után</translation>
    </message>
    <message>
      <source>between 1 and 168</source>
      <translation>1 és 168 között</translation>
    </message>
    <message>
      <source>choose equipment or a category</source>
      <translation>válasszon berendezést vagy kategóriát</translation>
    </message>
    <message>
      <source>Number of slots</source>
      <translation>Idősávok száma</translation>
    </message>
    <message>
      <source>between 1 and 100</source>
      <translation>1 és 100 között</translation>
    </message>
    <message>
      <source>This job is priced in {currency}, but some costs are in {others}. Give a conversion rate for each ({others} → {currency}); amounts are never mixed without one.</source>
      <translation>Ennek a megbízásnak a pénzneme {currency}, de egyes költségek pénzneme {others}. Adjon meg mindegyikhez átváltási árfolyamot ({others} → {currency}); árfolyam nélkül az összegeket soha nem vonjuk össze.</translation>
    </message>
    <message>
      <source>not a number: {value}</source>
      <translation>nem szám: {value}</translation>
    </message>
    <message>
      <source>more than zero</source>
      <translation>nullánál nagyobb</translation>
    </message>
    <message>
      <source>zero or more</source>
      <translation>nulla vagy több</translation>
    </message>
    <message>
      <source>Quantity</source>
      <translation>Mennyiség</translation>
    </message>
    <message>
      <source>Unit cost</source>
      <translation>Egységköltség</translation>
    </message>
    <message>
      <source>at most three decimals</source>
      <translation>legfeljebb három tizedesjegy</translation>
    </message>
    <message>
      <source>at most two decimals</source>
      <translation>legfeljebb két tizedesjegy</translation>
    </message>
    <message>
      <source>Step</source>
      <translation>Lépés</translation>
    </message>
    <message>
      <source>not a step of this job</source>
      <translation>nem ennek a megbízásnak a lépése</translation>
    </message>
    <message>
      <source>No material cost with id {id}.</source>
      <translation>Nincs {id} azonosítójú anyagköltség.</translation>
    </message>
    <message>
      <source>Rate {currency} → {job}</source>
      <translation>Árfolyam {currency} → {job}</translation>
    </message>
    <message>
      <source>unknown currency {currency}</source>
      <translation>ismeretlen pénznem: {currency}</translation>
    </message>
    <message>
      <source>Not assigned to a step</source>
      <translation>Lépéshez nem rendelt</translation>
    </message>
    <message>
      <source>no equipment with id {id}</source>
      <translation>nincs {id} azonosítójú berendezés</translation>
    </message>
    <message>
      <source>Planned hours</source>
      <translation>Tervezett órák</translation>
    </message>
    <message>
      <source>zero or more hours</source>
      <translation>nulla vagy több óra</translation>
    </message>
    <message>
      <source>No job step with id {id}.</source>
      <translation>Nincs {id} azonosítójú megbízási lépés.</translation>
    </message>
    <message>
      <source>Position</source>
      <translation>Pozíció</translation>
    </message>
    <message>
      <source>Step {n} has {count} usage session(s) logged against it; it cannot be removed.</source>
      <translation>{n}. lépés: {count} használati munkamenet van hozzá rögzítve; nem távolítható el.</translation>
    </message>
    <message>
      <source>name every step of the job exactly once</source>
      <translation>a megbízás minden lépését pontosan egyszer adja meg</translation>
    </message>
    <message>
      <source>Order</source>
      <translation>Sorrend</translation>
    </message>
    <message>
      <source>No usage session with id {id}.</source>
      <translation>Nincs {id} azonosítójú használati munkamenet.</translation>
    </message>
    <message>
      <source>a step needs its job</source>
      <translation>a lépéshez meg kell adni a megbízást</translation>
    </message>
    <message>
      <source>not a step of {reference}</source>
      <translation>nem lépése ennek a megbízásnak: {reference}</translation>
    </message>
    <message>
      <source>Quoted</source>
      <translation>Árajánlat elküldve</translation>
    </message>
    <message>
      <source>In progress</source>
      <translation>Folyamatban</translation>
    </message>
    <message>
      <source>Testing</source>
      <translation>Vizsgálat</translation>
    </message>
    <message>
      <source>Delivered</source>
      <translation>Átadva</translation>
    </message>
    <message>
      <source>On hold</source>
      <translation>Felfüggesztve</translation>
    </message>
    <message>
      <source>{reference} is on hold: it can only return to {previous} (or be cancelled), not go to {to}.</source>
      <translation>{reference} felfüggesztve: csak a korábbi állapotába („{previous}”) térhet vissza (vagy törölhető), ebbe nem léphet át: „{to}”.</translation>
    </message>
    <message>
      <source>{reference} cannot go from {from_} to {to}.</source>
      <translation>{reference} nem kerülhet „{from_}” állapotból „{to}” állapotba.</translation>
    </message>
    <message>
      <source>required to cancel a job</source>
      <translation>megbízás törléséhez kötelező</translation>
    </message>
    <message>
      <source>enter the quoted price before sending the quote</source>
      <translation>az árajánlat elküldése előtt adja meg az ajánlati árat</translation>
    </message>
    <message>
      <source>Quoted price</source>
      <translation>Ajánlati ár</translation>
    </message>
    <message>
      <source>{reference} is not on hold ({status}); there is nothing to resume.</source>
      <translation>{reference} nincs felfüggesztve ({status}); nincs mit folytatni.</translation>
    </message>
    <message>
      <source>not an amount: {value}</source>
      <translation>nem összeg: {value}</translation>
    </message>
    <message>
      <source>no company with id {id}</source>
      <translation>nincs {id} azonosítójú cég</translation>
    </message>
    <message>
      <source>Title</source>
      <translation>Megnevezés</translation>
    </message>
    <message>
      <source>not a contact of this company</source>
      <translation>nem ennek a cégnek a kapcsolattartója</translation>
    </message>
    <message>
      <source>a whole number of at least 1</source>
      <translation>legalább 1 értékű egész szám</translation>
    </message>
    <message>
      <source>Due date</source>
      <translation>Határidő</translation>
    </message>
    <message>
      <source>before the request date {date}</source>
      <translation>korábbi, mint a megrendelés dátuma ({date})</translation>
    </message>
    <message>
      <source>Priority</source>
      <translation>Prioritás</translation>
    </message>
    <message>
      <source>Responsible technician</source>
      <translation>Felelős technikus</translation>
    </message>
    <message>
      <source>Customer order number</source>
      <translation>Megrendelő rendelésszáma</translation>
    </message>
    <message>
      <source>{company} is deactivated</source>
      <translation>{company} inaktiválva van</translation>
    </message>
    <message>
      <source>Job registered.</source>
      <translation>Megbízás rögzítve.</translation>
    </message>
    <message>
      <source>No job with id {id}.</source>
      <translation>Nincs {id} azonosítójú megbízás.</translation>
    </message>
    <message>
      <source>{reference} is {status}; it can no longer be changed.</source>
      <translation>{reference} állapota: {status}; már nem módosítható.</translation>
    </message>
    <message>
      <source>unknown status {status}</source>
      <translation>ismeretlen állapot: {status}</translation>
    </message>
    <message>
      <source>unknown order {order}</source>
      <translation>ismeretlen sorrend: {order}</translation>
    </message>
    <message>
      <source>The database has schema revision {revision}, this program expects {head}.</source>
      <translation>Az adatbázis sémaverziója {revision}, a program {head} verziót vár.</translation>
    </message>
    <message>
      <source>Interval</source>
      <translation>Intervallum</translation>
    </message>
    <message>
      <source>give every N days, every N operating hours, or both</source>
      <translation>adjon meg N naponkénti vagy N üzemóránkénti intervallumot, vagy mindkettőt</translation>
    </message>
    <message>
      <source>Every N days</source>
      <translation>N naponta</translation>
    </message>
    <message>
      <source>Every N operating hours</source>
      <translation>N üzemóránként</translation>
    </message>
    <message>
      <source>There is no maintenance plan with id {id}.</source>
      <translation>Nincs {id} azonosítójú karbantartási terv.</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>Fajta</translation>
    </message>
    <message>
      <source>End</source>
      <translation>Vége</translation>
    </message>
    <message>
      <source>must be after the start</source>
      <translation>a kezdés után kell lennie</translation>
    </message>
    <message>
      <source>Start</source>
      <translation>Kezdés</translation>
    </message>
    <message>
      <source>Blocking</source>
      <translation>Blokkoló</translation>
    </message>
    <message>
      <source>only an incident can block the equipment</source>
      <translation>csak üzemzavar blokkolhatja a berendezést</translation>
    </message>
    <message>
      <source>Cost</source>
      <translation>Költség</translation>
    </message>
    <message>
      <source>unknown user</source>
      <translation>ismeretlen felhasználó</translation>
    </message>
    <message>
      <source>External company</source>
      <translation>Külső cég</translation>
    </message>
    <message>
      <source>Plan</source>
      <translation>Terv</translation>
    </message>
    <message>
      <source>not a maintenance plan of this equipment</source>
      <translation>nem ennek a berendezésnek a karbantartási terve</translation>
    </message>
    <message>
      <source>{tag} is retired</source>
      <translation>{tag} selejtezve</translation>
    </message>
    <message>
      <source>Blocking incident: {text}</source>
      <translation>Blokkoló üzemzavar: {text}</translation>
    </message>
    <message>
      <source>There is no maintenance record with id {id}.</source>
      <translation>Nincs {id} azonosítójú karbantartási bejegyzés.</translation>
    </message>
    <message>
      <source>This maintenance work has already ended.</source>
      <translation>Ez a karbantartási munka már befejeződött.</translation>
    </message>
    <message>
      <source>Maintenance finished: {text}</source>
      <translation>Karbantartás befejezve: {text}</translation>
    </message>
    <message>
      <source>{tag} is not out of service.</source>
      <translation>{tag} nincs üzemen kívül.</translation>
    </message>
    <message>
      <source>say what was checked before it is used again</source>
      <translation>adja meg, mit ellenőriztek az újbóli használat előtt</translation>
    </message>
    <message>
      <source>There is no maintenance window with id {id}.</source>
      <translation>Nincs {id} azonosítójú karbantartási időszak.</translation>
    </message>
    <message>
      <source>This maintenance window was already cancelled.</source>
      <translation>Ezt a karbantartási időszakot már törölték.</translation>
    </message>
    <message>
      <source>Your role ({role}) may not do this ({permission}).</source>
      <translation>Az Ön szerepköre ({role}) ezt nem teheti meg ({permission}).</translation>
    </message>
    <message>
      <source>{name} is deactivated</source>
      <translation>{name} fiókja inaktív</translation>
    </message>
    <message>
      <source>must not be before the grant date</source>
      <translation>nem lehet korábbi a megadás dátumánál</translation>
    </message>
    <message>
      <source>There is no qualification with id {id}.</source>
      <translation>Nincs {id} azonosítójú jogosultság.</translation>
    </message>
    <message>
      <source>say why the qualification is revoked</source>
      <translation>adja meg, miért vonja vissza a jogosultságot</translation>
    </message>
    <message>
      <source>{name} is not qualified to operate {tag} {equipment}</source>
      <translation>{name} nem jogosult a(z) {tag} {equipment} kezelésére</translation>
    </message>
    <message>
      <source>the qualification was revoked</source>
      <translation>a jogosultságot visszavonták</translation>
    </message>
    <message>
      <source>no qualification recorded</source>
      <translation>nincs rögzített jogosultság</translation>
    </message>
    <message>
      <source>{what} ({detail}). A manager can grant it.</source>
      <translation>{what} ({detail}). Egy vezető megadhatja.</translation>
    </message>
    <message>
      <source>{what} (the qualification expired on {date}). A manager can renew it.</source>
      <translation>{what} (a jogosultság {date} napon lejárt). Egy vezető megújíthatja.</translation>
    </message>
    <message>
      <source>{what} (the qualification is valid from {date}).</source>
      <translation>{what} (a jogosultság {date} naptól érvényes).</translation>
    </message>
    <message>
      <source>unknown report language {lang} (one of {all})</source>
      <translation>ismeretlen jegyzőkönyv-nyelv: {lang} (lehetséges: {all})</translation>
    </message>
    <message>
      <source>record {old} (its correction, record {new}, is {status})</source>
      <translation>mérési lap {old} (javítása, a(z) {new} mérési lap állapota: {status})</translation>
    </message>
    <message>
      <source>{reference} has no approved test result: there is nothing to report yet.</source>
      <translation>A(z) {reference} megbízásnak nincs jóváhagyott vizsgálati eredménye: még nincs miről jegyzőkönyvet kiadni.</translation>
    </message>
    <message>
      <source>{reference} has no test result yet.</source>
      <translation>A(z) {reference} megbízásnak még nincs vizsgálati eredménye.</translation>
    </message>
    <message>
      <source>A correction of {reference} is not approved yet: {list}. Approve or discard it before issuing the report.</source>
      <translation>A(z) {reference} egyik javítása még nincs jóváhagyva: {list}. A jegyzőkönyv kiadása előtt hagyja jóvá vagy vesse el.</translation>
    </message>
    <message>
      <source>give the reason for the amendment</source>
      <translation>adja meg a módosítás okát</translation>
    </message>
    <message>
      <source>Report {old} is already superseded by {new}: amend {new} instead.</source>
      <translation>A(z) {old} jegyzőkönyvet már felváltotta a(z) {new}: inkább a(z) {new} jegyzőkönyvet módosítsa.</translation>
    </message>
    <message>
      <source>There is no issued report with id {id}.</source>
      <translation>Nincs {id} azonosítójú kiadott jegyzőkönyv.</translation>
    </message>
    <message>
      <source>The stored file of report {number} does not match its SHA-256: it was altered outside the program. Restore the database from a backup.</source>
      <translation>A(z) {number} jegyzőkönyv tárolt fájlja nem egyezik a SHA-256 ellenőrzőösszegével: a programon kívül módosították. Állítsa vissza az adatbázist egy biztonsági mentésből.</translation>
    </message>
    <message>
      <source>DRAFT {reference}</source>
      <translation>PISZKOZAT {reference}</translation>
    </message>
    <message>
      <source>Modulus of elasticity E</source>
      <translation>Rugalmassági modulus E</translation>
    </message>
    <message>
      <source>Proof strength Rp1.0</source>
      <translation>Egyezményes folyáshatár Rp1.0</translation>
    </message>
    <message>
      <source>Plastic extension at Fm, Ag</source>
      <translation>Maradó nyúlás Fm-nél, Ag</translation>
    </message>
    <message>
      <source>Total extension at Fm, Agt</source>
      <translation>Teljes nyúlás Fm-nél, Agt</translation>
    </message>
    <message>
      <source>Total extension at fracture At</source>
      <translation>Teljes nyúlás szakadáskor At</translation>
    </message>
    <message>
      <source>Reduction of area Z</source>
      <translation>Kontrakció Z</translation>
    </message>
    <message>
      <source>Hardness (each indentation)</source>
      <translation>Keménység (lenyomatonként)</translation>
    </message>
    <message>
      <source>Hardness, mean</source>
      <translation>Keménység, átlag</translation>
    </message>
    <message>
      <source>Hardness, range</source>
      <translation>Keménység, terjedelem</translation>
    </message>
    <message>
      <source>Absorbed energy (each specimen)</source>
      <translation>Ütőmunka (próbatestenként)</translation>
    </message>
    <message>
      <source>Absorbed energy, mean</source>
      <translation>Ütőmunka, átlag</translation>
    </message>
    <message>
      <source>Absorbed energy, lowest single value</source>
      <translation>Ütőmunka, legkisebb egyedi érték</translation>
    </message>
    <message>
      <source>{name} must be a number, not {v!r}</source>
      <translation>{name}: számnak kell lennie, nem {v!r}</translation>
    </message>
    <message>
      <source>{name} must be a finite number</source>
      <translation>{name}: véges számnak kell lennie</translation>
    </message>
    <message>
      <source>{name} must be positive</source>
      <translation>{name}: pozitívnak kell lennie</translation>
    </message>
    <message>
      <source>give a lower or an upper limit</source>
      <translation>adjon meg alsó vagy felső határértéket</translation>
    </message>
    <message>
      <source>the lower limit {lo:g} is above the upper limit {hi:g}</source>
      <translation>az alsó határérték ({lo:g}) nagyobb a felső határértéknél ({hi:g})</translation>
    </message>
    <message>
      <source>the uncertainty U must be zero or positive</source>
      <translation>az U mérési bizonytalanságnak nullának vagy pozitívnak kell lennie</translation>
    </message>
    <message>
      <source>the coverage factor k must be positive</source>
      <translation>a k kiterjesztési tényezőnek pozitívnak kell lennie</translation>
    </message>
    <message>
      <source>unknown decision rule {r}</source>
      <translation>ismeretlen döntési szabály: {r}</translation>
    </message>
    <message>
      <source>a guard-band decision (ISO 14253-1) needs the uncertainty U</source>
      <translation>a védősávos döntéshez (ISO 14253-1) meg kell adni az U mérési bizonytalanságot</translation>
    </message>
    <message>
      <source>Diameter d0</source>
      <translation>Átmérő d0</translation>
    </message>
    <message>
      <source>Width b0</source>
      <translation>Szélesség b0</translation>
    </message>
    <message>
      <source>Thickness a0</source>
      <translation>Vastagság a0</translation>
    </message>
    <message>
      <source>Cross-section S0</source>
      <translation>Keresztmetszet S0</translation>
    </message>
    <message>
      <source>unknown specimen shape {s}</source>
      <translation>ismeretlen próbatestalak: {s}</translation>
    </message>
    <message>
      <source>unknown test type {t}</source>
      <translation>ismeretlen vizsgálattípus: {t}</translation>
    </message>
    <message>
      <source>import the machine's raw file first</source>
      <translation>előbb importálja a gép nyers adatfájlját</translation>
    </message>
    <message>
      <source>Test force (HV)</source>
      <translation>Vizsgálóerő (HV)</translation>
    </message>
    <message>
      <source>Ball diameter D</source>
      <translation>Golyóátmérő D</translation>
    </message>
    <message>
      <source>Test force F</source>
      <translation>Vizsgálóerő F</translation>
    </message>
    <message>
      <source>unknown hardness method {m}</source>
      <translation>ismeretlen keménységmérési módszer: {m}</translation>
    </message>
    <message>
      <source>indentation {n}: give both diagonals (or diameters)</source>
      <translation>{n}. lenyomat: adja meg mindkét átlót (vagy átmérőt)</translation>
    </message>
    <message>
      <source>above 80 % of the pendulum's initial energy</source>
      <translation>az inga kezdeti energiájának 80 %-a felett</translation>
    </message>
    <message>
      <source>add at least one characteristic</source>
      <translation>adjon meg legalább egy jellemzőt</translation>
    </message>
    <message>
      <source>every characteristic needs a name</source>
      <translation>minden jellemzőnek nevet kell adni</translation>
    </message>
    <message>
      <source>characteristic {n} is listed twice</source>
      <translation>a(z) {n} jellemző kétszer szerepel</translation>
    </message>
    <message>
      <source>{n}: enter the measured value(s)</source>
      <translation>{n}: adja meg a mért érték(ek)et</translation>
    </message>
    <message>
      <source>{n}: the subgroup size must be 2 to 10</source>
      <translation>{n}: az alcsoport mérete 2 és 10 között lehet</translation>
    </message>
    <message>
      <source>no limits can be set on {q} for this test</source>
      <translation>ennél a vizsgálatnál a(z) {q} mennyiségre nem adható meg határérték</translation>
    </message>
    <message>
      <source>There is no test record with id {id}.</source>
      <translation>Nincs {id} azonosítójú mérési lap.</translation>
    </message>
    <message>
      <source>{reference} is cancelled</source>
      <translation>a(z) {reference} törölve van</translation>
    </message>
    <message>
      <source>Specimen</source>
      <translation>Próbatest</translation>
    </message>
    <message>
      <source>choose the specimen that was tested</source>
      <translation>válassza ki a vizsgált próbatestet</translation>
    </message>
    <message>
      <source>the specimen is not one of {reference}</source>
      <translation>a próbatest nem a(z) {reference} megbízáshoz tartozik</translation>
    </message>
    <message>
      <source>Method</source>
      <translation>Módszer</translation>
    </message>
    <message>
      <source>name the method with its edition, e.g. ISO 6892-1:2019</source>
      <translation>adja meg a módszert a kiadásával együtt, pl. ISO 6892-1:2019</translation>
    </message>
    <message>
      <source>Date and time</source>
      <translation>Dátum és idő</translation>
    </message>
    <message>
      <source>the test cannot be in the future</source>
      <translation>a vizsgálat nem lehet a jövőben</translation>
    </message>
    <message>
      <source>choose an active user</source>
      <translation>válasszon aktív felhasználót</translation>
    </message>
    <message>
      <source>Temperature</source>
      <translation>Hőmérséklet</translation>
    </message>
    <message>
      <source>{t:g} °C is not a laboratory temperature ({lo:g} … {hi:g} °C)</source>
      <translation>{t:g} °C nem laboratóriumi hőmérséklet ({lo:g} … {hi:g} °C)</translation>
    </message>
    <message>
      <source>Humidity</source>
      <translation>Páratartalom</translation>
    </message>
    <message>
      <source>the relative humidity is 0 … 100 %</source>
      <translation>a relatív páratartalom 0 … 100 % lehet</translation>
    </message>
    <message>
      <source>Remarks</source>
      <translation>Megjegyzések</translation>
    </message>
    <message>
      <source>Deviations</source>
      <translation>Eltérések</translation>
    </message>
    <message>
      <source>only a tensile test takes a raw machine file</source>
      <translation>nyers gépi adatfájl csak szakítóvizsgálathoz tartozhat</translation>
    </message>
    <message>
      <source>Test record {id} is {status}: only a draft can be edited.</source>
      <translation>A(z) {id} mérési lap állapota: {status}; csak piszkozat szerkeszthető.</translation>
    </message>
    <message>
      <source>A correction of an approved record is a new revision.</source>
      <translation>Jóváhagyott mérési lap javítása új módosított változatként jön létre.</translation>
    </message>
    <message>
      <source>Test record {id}</source>
      <translation>Mérési lap {id}</translation>
    </message>
    <message>
      <source>the test type of a record cannot change</source>
      <translation>a mérési lap vizsgálattípusa nem változtatható</translation>
    </message>
    <message>
      <source>Test type</source>
      <translation>Vizsgálattípus</translation>
    </message>
    <message>
      <source>Only who entered the record or a manager can discard it.</source>
      <translation>Csak a mérési lapot rögzítő személy vagy egy vezető vetheti el.</translation>
    </message>
    <message>
      <source>must be between the test and now</source>
      <translation>a vizsgálat és a jelenlegi időpont között kell lennie</translation>
    </message>
    <message>
      <source>You performed this test; another person must review it.</source>
      <translation>Ezt a vizsgálatot Ön végezte; egy másik személynek kell ellenőriznie.</translation>
    </message>
    <message>
      <source>Only a reviewed record can go back to draft.</source>
      <translation>Csak ellenőrzött mérési lap küldhető vissza piszkozatba.</translation>
    </message>
    <message>
      <source>say what must be corrected</source>
      <translation>adja meg, mit kell javítani</translation>
    </message>
    <message>
      <source>Returned to draft by {name}: {reason}</source>
      <translation>{name} visszaküldte piszkozatba: {reason}</translation>
    </message>
    <message>
      <source>Test record {id} must be reviewed before it is approved.</source>
      <translation>A(z) {id} mérési lapot jóváhagyás előtt ellenőrizni kell.</translation>
    </message>
    <message>
      <source>Test record {id} is already approved.</source>
      <translation>A(z) {id} mérési lap már jóvá van hagyva.</translation>
    </message>
    <message>
      <source>You performed this test; another person must approve it.</source>
      <translation>Ezt a vizsgálatot Ön végezte; egy másik személynek kell jóváhagynia.</translation>
    </message>
    <message>
      <source>the approval cannot precede the review</source>
      <translation>a jóváhagyás nem előzheti meg az ellenőrzést</translation>
    </message>
    <message>
      <source>Only an approved record is corrected by a revision; edit the draft instead.</source>
      <translation>Új módosított változattal csak jóváhagyott mérési lap javítható; piszkozat esetén inkább szerkessze azt.</translation>
    </message>
    <message>
      <source>Test record {id} was already corrected by record {new}.</source>
      <translation>A(z) {id} mérési lapot már javította a(z) {new} mérési lap.</translation>
    </message>
    <message>
      <source>say why the approved result is corrected</source>
      <translation>adja meg, miért javítja a jóváhagyott eredményt</translation>
    </message>
    <message>
      <source>unknown time zone {zone}</source>
      <translation>ismeretlen időzóna: {zone}</translation>
    </message>
    <message>
      <source>Logo</source>
      <translation>Logó</translation>
    </message>
    <message>
      <source>larger than {kb} KB</source>
      <translation>nagyobb, mint {kb} KB</translation>
    </message>
    <message>
      <source>Received on</source>
      <translation>Átvétel dátuma</translation>
    </message>
    <message>
      <source>Disposition</source>
      <translation>A próbatest sorsa</translation>
    </message>
    <message>
      <source>Returned or disposed on</source>
      <translation>Visszaadás vagy selejtezés dátuma</translation>
    </message>
    <message>
      <source>required when the item left the lab</source>
      <translation>kötelező, ha a tétel elhagyta a laboratóriumot</translation>
    </message>
    <message>
      <source>only for an item returned or disposed of</source>
      <translation>csak visszaadott vagy selejtezett tételnél adható meg</translation>
    </message>
    <message>
      <source>before it was received ({date})</source>
      <translation>korábbi, mint az átvétel ({date})</translation>
    </message>
    <message>
      <source>No specimen with id {id}.</source>
      <translation>Nincs {id} azonosítójú próbatest.</translation>
    </message>
    <message>
      <source>a Hungarian tax number has the form 12345678-1-12 (11 digits), not {text}</source>
      <translation>a magyar adószám formátuma 12345678-1-12 (11 számjegy), nem {text}</translation>
    </message>
    <message>
      <source>check digit does not match: {base} should end in {digit}</source>
      <translation>az ellenőrző számjegy nem egyezik: a(z) {base} végén {digit} számjegynek kellene állnia</translation>
    </message>
    <message>
      <source>VAT code must be 1–5, not {vat}</source>
      <translation>az áfakód 1–5 lehet, nem {vat}</translation>
    </message>
    <message>
      <source>county code {county} does not exist (02–20, 22–44 or 51)</source>
      <translation>nem létező megyekód: {county} (02–20, 22–44 vagy 51)</translation>
    </message>
    <message>
      <source>a Serbian PIB must be 9 digits, not {text}</source>
      <translation>a szerb PIB 9 számjegyből áll, nem {text}</translation>
    </message>
    <message>
      <source>check digit does not match: {pib} should end in {digit}</source>
      <translation>az ellenőrző számjegy nem egyezik: a(z) {pib} végén {digit} számjegynek kellene állnia</translation>
    </message>
    <message>
      <source>contains a NUL character (\0), which cannot be stored</source>
      <translation>NUL karaktert (\0) tartalmaz, amely nem tárolható</translation>
    </message>
    <message>
      <source>contains characters that are not valid Unicode text</source>
      <translation>érvénytelen Unicode-karaktereket tartalmaz</translation>
    </message>
    <message>
      <source>{tag} {name} is retired and can no longer be used.</source>
      <translation>A(z) {tag} {name} selejtezve, már nem használható.</translation>
    </message>
    <message>
      <source>{tag} {name} is out of service ({note}); a manager must return it to service before it is used.</source>
      <translation>A(z) {tag} {name} üzemen kívül van ({note}); használat előtt egy vezetőnek vissza kell helyeznie üzembe.</translation>
    </message>
    <message>
      <source>{tag} {name} is {status} and cannot be used now.</source>
      <translation>A(z) {tag} {name} állapota: {status}, most nem használható.</translation>
    </message>
    <message>
      <source>{tag} {name} is already in use by {operator} since {since}; stop that session first.</source>
      <translation>A(z) {tag} {name} berendezést {since} óta már használja {operator}; előbb állítsa le azt a munkamenetet.</translation>
    </message>
    <message>
      <source>Only a manager may start a session for another operator.</source>
      <translation>Más kezelő nevében csak vezető indíthat munkamenetet.</translation>
    </message>
    <message>
      <source>Hour meter at start</source>
      <translation>Üzemóra-számláló állása indításkor</translation>
    </message>
    <message>
      <source>{tag} was started at another station just now.</source>
      <translation>A(z) {tag} használatát épp most indították el egy másik munkaállomáson.</translation>
    </message>
    <message>
      <source>This usage session was already stopped.</source>
      <translation>Ez a használati munkamenet már le van állítva.</translation>
    </message>
    <message>
      <source>Stop</source>
      <translation>Leállítás</translation>
    </message>
    <message>
      <source>Hour meter at stop</source>
      <translation>Üzemóra-számláló állása leállításkor</translation>
    </message>
    <message>
      <source>must not be below the reading at start ({value} h)</source>
      <translation>nem lehet kisebb az indításkori állásnál ({value} h)</translation>
    </message>
    <message>
      <source>say why the times are corrected</source>
      <translation>adja meg, miért javítja az időpontokat</translation>
    </message>
    <message>
      <source>a stopped session keeps a stop time</source>
      <translation>a leállított munkamenet leállítási időpontja nem törölhető</translation>
    </message>
    <message>
      <source>unknown period {kind} (one of {all})</source>
      <translation>ismeretlen időszak: {kind} (lehetséges: {all})</translation>
    </message>
    <message>
      <source>{kind} {part} does not exist</source>
      <translation>{kind} {part} nem létezik</translation>
    </message>
    <message>
      <source>the period ends ({to}) before it starts ({start})</source>
      <translation>az időszak vége ({to}) korábbi a kezdeténél ({start})</translation>
    </message>
    <message>
      <source>at most {n} years</source>
      <translation>legfeljebb {n} év</translation>
    </message>
    <message>
      <source>There is no equipment {tags}.</source>
      <translation>Nincs {tags} berendezés.</translation>
    </message>
    <message>
      <source>{tags} is not equipment of the category {category}.</source>
      <translation>A(z) {tags} nem {category} kategóriájú berendezés.</translation>
    </message>
    <message>
      <source>Not linked to a job</source>
      <translation>Nincs megbízáshoz kapcsolva</translation>
    </message>
    <message>
      <source>at least {n} characters</source>
      <translation>legalább {n} karakter</translation>
    </message>
    <message>
      <source>Password</source>
      <translation>Jelszó</translation>
    </message>
    <message>
      <source>Username</source>
      <translation>Felhasználónév</translation>
    </message>
    <message>
      <source>2–64 characters: lower-case letters, digits, dot, dash or underscore</source>
      <translation>2–64 karakter: kisbetűk, számjegyek, pont, kötőjel vagy aláhúzásjel</translation>
    </message>
    <message>
      <source>The username {username} is taken.</source>
      <translation>A(z) {username} felhasználónév már foglalt.</translation>
    </message>
    <message>
      <source>Full name</source>
      <translation>Teljes név</translation>
    </message>
    <message>
      <source>unknown role {role}</source>
      <translation>ismeretlen szerepkör: {role}</translation>
    </message>
    <message>
      <source>System (headless commands)</source>
      <translation>Rendszer (felület nélküli parancsok)</translation>
    </message>
    <message>
      <source>The first administrator already exists.</source>
      <translation>Az első rendszergazda már létezik.</translation>
    </message>
    <message>
      <source>Too many failed sign-ins as {username}: try again in {seconds} s.</source>
      <translation>Túl sok sikertelen bejelentkezés {username} néven: próbálja újra {seconds} mp múlva.</translation>
    </message>
    <message>
      <source>Wrong username or password, or the account is deactivated.</source>
      <translation>Hibás felhasználónév vagy jelszó, vagy a fiók inaktív.</translation>
    </message>
    <message>
      <source>The last active administrator cannot be deactivated.</source>
      <translation>Az utolsó aktív rendszergazda nem inaktiválható.</translation>
    </message>
    <message>
      <source>The last active administrator must stay an administrator.</source>
      <translation>Az utolsó aktív rendszergazdának rendszergazdának kell maradnia.</translation>
    </message>
    <message>
      <source>does not match</source>
      <translation>nem egyezik</translation>
    </message>
    <message>
      <source>Current password</source>
      <translation>Jelenlegi jelszó</translation>
    </message>
    <message>
      <source>an unknown user</source>
      <translation>egy ismeretlen felhasználó</translation>
    </message>
    <message>
      <source>{label} was changed by someone else meanwhile — reload it.</source>
      <translation>{label}: közben valaki más módosította — töltse be újra.</translation>
    </message>
    <message>
      <source>{label} was changed by {name} at {time} — reload it.</source>
      <translation>{label}: {name} módosította ({time}) — töltse be újra.</translation>
    </message>
    <message>
      <source>Only drafts are edited. This record is {status}: use Correct to make a new revision with the reason.</source>
      <translation>Csak piszkozat szerkeszthető. Ennek az eredménynek az állapota: {status}; a Javítás paranccsal hozzon létre új módosított változatot, indoklással.</translation>
    </message>
    <message>
      <source>consistent copy of a running database</source>
      <translation type="vanished">futó adatbázis konzisztens másolata</translation>
    </message>
    <message>
      <source>check the hash chain; names the first bad row</source>
      <translation type="vanished">a hash-lánc ellenőrzése; megnevezi az első hibás sort</translation>
    </message>
  </context>
  <context>
    <name>DatabaseProblemBox</name>
    <message>
      <source>Database from a newer version</source>
      <translation>Újabb verziójú adatbázis</translation>
    </message>
    <message>
      <source>The database cannot be opened</source>
      <translation>Az adatbázis nem nyitható meg</translation>
    </message>
    <message>
      <source>Database: {location}</source>
      <translation>Adatbázis: {location}</translation>
    </message>
  </context>
  <context>
    <name>app</name>
    <message>
      <source>Backup made: {path}</source>
      <translation>Mentés elkészült: {path}</translation>
    </message>
    <message>
      <source>The automatic backup failed: {error} (details in the log)</source>
      <translation>Az automatikus mentés nem sikerült: {error} (részletek a naplófájlban)</translation>
    </message>
  </context>
  <context>
    <name>BusyIndicator</name>
    <message>
      <source>Working…</source>
      <translation>Folyamatban…</translation>
    </message>
  </context>
  <context>
    <name>errors</name>
    <message>
      <source>Please correct the input</source>
      <translation>Kérjük, javítsa a megadott adatokat</translation>
    </message>
    <message>
      <source>Not allowed</source>
      <translation>Nem engedélyezett</translation>
    </message>
    <message>
      <source>Not found</source>
      <translation>Nem található</translation>
    </message>
    <message>
      <source>Conflict</source>
      <translation>Ütközés</translation>
    </message>
    <message>
      <source>Not possible now</source>
      <translation>Most nem lehetséges</translation>
    </message>
    <message>
      <source>Cannot do this</source>
      <translation>Nem hajtható végre</translation>
    </message>
    <message>
      <source>Unexpected error</source>
      <translation>Váratlan hiba</translation>
    </message>
    <message>
      <source>Something went wrong that the program did not expect:</source>
      <translation>Olyan hiba történt, amelyre a program nem számított:</translation>
    </message>
    <message>
      <source>The details were written to the log file. You can continue working.</source>
      <translation>A részleteket a naplófájlba írtuk. Folytathatja a munkát.</translation>
    </message>
  </context>
  <context>
    <name>roles</name>
    <message>
      <source>Administrator</source>
      <translation>Rendszergazda</translation>
    </message>
    <message>
      <source>Manager</source>
      <translation>Vezető</translation>
    </message>
    <message>
      <source>Technician</source>
      <translation>Technikus</translation>
    </message>
  </context>
  <context>
    <name>forms</name>
    <message numerus="yes">
      <source>Password: at least %n characters</source>
      <translation>
        <numerusform>Jelszó: legalább %n karakter</numerusform>
      </translation>
    </message>
    <message>
      <source>Repeat password: does not match</source>
      <translation>Jelszó ismét: nem egyezik</translation>
    </message>
  </context>
  <context>
    <name>RestoreDraftBox</name>
    <message>
      <source>Unsaved draft</source>
      <translation>Mentetlen piszkozat</translation>
    </message>
    <message>
      <source>Restore the unsaved draft from {time}?</source>
      <translation>Visszaállítja a mentetlen piszkozatot ({time})?</translation>
    </message>
    <message>
      <source>This form was left without saving or cancelling when the program last closed (a crash or a power cut). Its values were kept.</source>
      <translation>Ezt az űrlapot a program legutóbbi bezárásakor sem nem mentették, sem nem vetették el (összeomlás vagy áramszünet). Az értékei megmaradtak.</translation>
    </message>
    <message>
      <source>&amp;Restore</source>
      <translation>&amp;Visszaállítás</translation>
    </message>
    <message>
      <source>&amp;Discard the draft</source>
      <translation>A piszkozat &amp;elvetése</translation>
    </message>
  </context>
  <context>
    <name>DraftProblemBox</name>
    <message>
      <source>Unsaved draft</source>
      <translation>Mentetlen piszkozat</translation>
    </message>
  </context>
  <context>
    <name>FormDraft</name>
    <message>
      <source>An unsaved draft of this form could not be read ({reason}); it was removed.</source>
      <translation>Az űrlap egy mentetlen piszkozata nem olvasható ({reason}); eltávolítottuk.</translation>
    </message>
    <message>
      <source>The unsaved draft from {time} could not be put back completely; check the form before saving. The draft was removed.</source>
      <translation>A(z) {time} időpontból származó mentetlen piszkozat nem állítható vissza teljesen; mentés előtt ellenőrizze az űrlapot. A piszkozatot eltávolítottuk.</translation>
    </message>
  </context>
  <context>
    <name>Kiosk</name>
    <message>
      <source>We could not find a job with this reference and access code. Please check both and try again.</source>
      <translation>Ezzel a megbízásszámmal és hozzáférési kóddal nem találtunk megbízást. Kérjük, ellenőrizze mindkettőt, és próbálja újra.</translation>
    </message>
    <message>
      <source>Please type both the job reference and the access code.</source>
      <translation>Kérjük, adja meg a megbízásszámot és a hozzáférési kódot is.</translation>
    </message>
    <message>
      <source>We have received your order and your parts.</source>
      <translation>Megrendelését és alkatrészeit átvettük.</translation>
    </message>
    <message>
      <source>We have sent you a quote and are waiting for your approval.</source>
      <translation>Árajánlatot küldtünk Önnek, és várjuk a jóváhagyását.</translation>
    </message>
    <message>
      <source>Your order is approved and the work is scheduled.</source>
      <translation>Megrendelése jóváhagyva, a munkát beütemeztük.</translation>
    </message>
    <message>
      <source>We are preparing your parts for testing.</source>
      <translation>Alkatrészeit előkészítjük a vizsgálatra.</translation>
    </message>
    <message>
      <source>We are testing your parts.</source>
      <translation>Alkatrészeit most vizsgáljuk.</translation>
    </message>
    <message>
      <source>Testing is finished. We are preparing your report.</source>
      <translation>A vizsgálat befejeződött. Készítjük a jegyzőkönyvet.</translation>
    </message>
    <message>
      <source>Your job is finished and handed over. Thank you!</source>
      <translation>Megbízása elkészült, és átadtuk. Köszönjük!</translation>
    </message>
    <message>
      <source>Work on your job is paused for the moment. We will contact you.</source>
      <translation>Megbízásán a munka átmenetileg szünetel. Hamarosan felvesszük Önnel a kapcsolatot.</translation>
    </message>
    <message>
      <source>This job has been cancelled.</source>
      <translation>Ezt a megbízást töröltük.</translation>
    </message>
    <message>
      <source>Received</source>
      <translation>Átvéve</translation>
    </message>
    <message>
      <source>Quote sent</source>
      <translation>Ajánlat elküldve</translation>
    </message>
    <message>
      <source>Approved</source>
      <translation>Jóváhagyva</translation>
    </message>
    <message>
      <source>Preparation</source>
      <translation>Előkészítés</translation>
    </message>
    <message>
      <source>Testing</source>
      <translation>Vizsgálat</translation>
    </message>
    <message>
      <source>Finished</source>
      <translation>Elkészült</translation>
    </message>
    <message>
      <source>Handed over</source>
      <translation>Átadva</translation>
    </message>
    <message>
      <source>Paused</source>
      <translation>Szünetel</translation>
    </message>
    <message>
      <source>Cancelled</source>
      <translation>Törölve</translation>
    </message>
    <message>
      <source>Staff exit</source>
      <translation>Kilépés (személyzet)</translation>
    </message>
    <message>
      <source>To leave the kiosk, sign with the username and password of an administrator.</source>
      <translation>A kioszk elhagyásához adja meg egy rendszergazda felhasználónevét és jelszavát.</translation>
    </message>
    <message>
      <source>Username</source>
      <translation>Felhasználónév</translation>
    </message>
    <message>
      <source>Password</source>
      <translation>Jelszó</translation>
    </message>
    <message>
      <source>Leave the kiosk</source>
      <translation>Kilépés a kioszkból</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>Mégse</translation>
    </message>
    <message>
      <source>Wrong username or password, or the account is not an administrator.</source>
      <translation>Hibás felhasználónév vagy jelszó, vagy a fiók nem rendszergazdai.</translation>
    </message>
    <message>
      <source>Job status</source>
      <translation>Megbízás állapota</translation>
    </message>
    <message>
      <source>Check the status of your job</source>
      <translation>Megbízása állapotának lekérdezése</translation>
    </message>
    <message>
      <source>Type the job reference and the access code from your intake slip, or hold the slip's QR code under the scanner.</source>
      <translation>Írja be az átvételi lapon szereplő megbízásszámot és hozzáférési kódot, vagy tartsa a lap QR-kódját a leolvasó alá.</translation>
    </message>
    <message>
      <source>Job reference</source>
      <translation>Megbízásszám</translation>
    </message>
    <message>
      <source>e.g. ITC-2026-0007</source>
      <translation>pl. ITC-2026-0007</translation>
    </message>
    <message>
      <source>Access code</source>
      <translation>Hozzáférési kód</translation>
    </message>
    <message>
      <source>6 digits</source>
      <translation>6 számjegy</translation>
    </message>
    <message>
      <source>Show status</source>
      <translation>Állapot megtekintése</translation>
    </message>
    <message>
      <source>Clear</source>
      <translation>Törlés</translation>
    </message>
    <message>
      <source>Done</source>
      <translation>Kész</translation>
    </message>
    <message>
      <source>History</source>
      <translation>Előzmények</translation>
    </message>
    <message>
      <source>For your privacy this page closes by itself when nobody uses it.</source>
      <translation>Adatai védelmében ez az oldal magától bezárul, ha senki sem használja.</translation>
    </message>
    <message>
      <source>Temporarily unavailable</source>
      <translation>Átmenetileg nem elérhető</translation>
    </message>
    <message>
      <source>The job status cannot be shown at the moment. Please ask at the reception. This screen tries again by itself.</source>
      <translation>A megbízás állapota most nem jeleníthető meg. Kérjük, érdeklődjön a recepción. A képernyő magától újra próbálkozik.</translation>
    </message>
    <message>
      <source>Too many attempts. Please wait {time} before trying again.</source>
      <translation>Túl sok próbálkozás. Kérjük, próbálja újra {time} múlva.</translation>
    </message>
    <message>
      <source>Issued on {date}</source>
      <translation>Kiállítva: {date}</translation>
    </message>
    <message>
      <source>Ready for pickup at the reception (issued on {date})</source>
      <translation>Átvehető a recepción (kiállítva: {date})</translation>
    </message>
    <message>
      <source>Not issued yet</source>
      <translation>Még nem állították ki</translation>
    </message>
    <message>
      <source>Planned completion</source>
      <translation>Tervezett befejezés</translation>
    </message>
    <message>
      <source>Not set yet</source>
      <translation>Még nincs megadva</translation>
    </message>
    <message>
      <source>Specimens received</source>
      <translation>Átvett próbatestek</translation>
    </message>
    <message>
      <source>Specimens tested</source>
      <translation>Vizsgált próbatestek</translation>
    </message>
    <message>
      <source>Test report</source>
      <translation>Vizsgálati jegyzőkönyv</translation>
    </message>
  </context>
  <context>
    <name>LoginDialog</name>
    <message>
      <source>Sign in — ITC Lab</source>
      <translation>Bejelentkezés — ITC Lab</translation>
    </message>
    <message>
      <source>&amp;Username:</source>
      <translation>&amp;Felhasználónév:</translation>
    </message>
    <message>
      <source>&amp;Password:</source>
      <translation>&amp;Jelszó:</translation>
    </message>
    <message>
      <source>Sign in</source>
      <translation>Bejelentkezés</translation>
    </message>
    <message>
      <source>&lt;b&gt;ITC Lab&lt;/b&gt; — sign in to continue</source>
      <translation>&lt;b&gt;ITC Lab&lt;/b&gt; — a folytatáshoz jelentkezzen be</translation>
    </message>
    <message>
      <source>Demo accounts (click one to fill in)</source>
      <translation>Bemutató fiókok (kattintson egyre a kitöltéshez)</translation>
    </message>
    <message>
      <source>Username</source>
      <translation>Felhasználónév</translation>
    </message>
    <message>
      <source>Role</source>
      <translation>Szerepkör</translation>
    </message>
    <message>
      <source>Password</source>
      <translation>Jelszó</translation>
    </message>
  </context>
  <context>
    <name>FirstAdminDialog</name>
    <message>
      <source>Create the first administrator — ITC Lab</source>
      <translation>Az első rendszergazda létrehozása — ITC Lab</translation>
    </message>
    <message>
      <source>This database has no users yet. Create the administrator account; the administrator then adds the other users on the Admin page.</source>
      <translation>Ebben az adatbázisban még nincsenek felhasználók. Hozza létre a rendszergazdai fiókot; ezután a rendszergazda veszi fel a többi felhasználót az Adminisztráció oldalon.</translation>
    </message>
    <message>
      <source>&amp;Username:</source>
      <translation>&amp;Felhasználónév:</translation>
    </message>
    <message>
      <source>&amp;Full name:</source>
      <translation>&amp;Teljes név:</translation>
    </message>
    <message>
      <source>&amp;E-mail (optional):</source>
      <translation>&amp;E-mail (nem kötelező):</translation>
    </message>
    <message>
      <source>&amp;Password:</source>
      <translation>&amp;Jelszó:</translation>
    </message>
    <message>
      <source>&amp;Repeat password:</source>
      <translation>Jelszó &amp;ismét:</translation>
    </message>
    <message>
      <source>Create and sign in</source>
      <translation>Létrehozás és bejelentkezés</translation>
    </message>
    <message>
      <source>Username: required</source>
      <translation>Felhasználónév: kötelező</translation>
    </message>
    <message>
      <source>Full name: required</source>
      <translation>Teljes név: kötelező</translation>
    </message>
  </context>
  <context>
    <name>AboutDialog</name>
    <message>
      <source>About ITC Lab</source>
      <translation>Az ITC Lab névjegye</translation>
    </message>
    <message>
      <source>&lt;b&gt;ITC Lab&lt;/b&gt; {version}</source>
      <translation>&lt;b&gt;ITC Lab&lt;/b&gt; {version}</translation>
    </message>
    <message>
      <source>Equipment, bookings, jobs, test results and reports of the center.</source>
      <translation>A központ berendezései, foglalásai, megbízásai, vizsgálati eredményei és jelentései.</translation>
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
      <translation>&amp;Fájl</translation>
    </message>
    <message>
      <source>Sign &amp;out</source>
      <translation>Ki&amp;jelentkezés</translation>
    </message>
    <message>
      <source>&amp;Quit</source>
      <translation>&amp;Kilépés</translation>
    </message>
    <message>
      <source>&amp;Go</source>
      <translation>&amp;Ugrás</translation>
    </message>
    <message>
      <source>&amp;Language</source>
      <translation>&amp;Nyelv</translation>
    </message>
    <message>
      <source>&amp;Help</source>
      <translation>&amp;Súgó</translation>
    </message>
    <message>
      <source>&amp;About ITC Lab</source>
      <translation>&amp;Az ITC Lab névjegye</translation>
    </message>
    <message>
      <source>Database: {location}</source>
      <translation>Adatbázis: {location}</translation>
    </message>
    <message>
      <source>Signed in: {name} ({username}, {role})</source>
      <translation>Bejelentkezve: {name} ({username}, {role})</translation>
    </message>
    <message>
      <source>Reconnecting to the database…</source>
      <translation>Újracsatlakozás az adatbázishoz…</translation>
    </message>
    <message>
      <source>Connected to the database again.</source>
      <translation>Az adatbázis-kapcsolat helyreállt.</translation>
    </message>
  </context>
  <context>
    <name>AuditTableModel</name>
    <message>
      <source>Time</source>
      <translation>Időpont</translation>
    </message>
    <message>
      <source>User</source>
      <translation>Felhasználó</translation>
    </message>
    <message>
      <source>Table</source>
      <translation>Tábla</translation>
    </message>
    <message>
      <source>Row</source>
      <translation>Sor</translation>
    </message>
    <message>
      <source>Action</source>
      <translation>Művelet</translation>
    </message>
    <message>
      <source>Changes</source>
      <translation>Változások</translation>
    </message>
    <message>
      <source>(system)</source>
      <translation>(rendszer)</translation>
    </message>
  </context>
  <context>
    <name>BookingsTableModel</name>
    <message>
      <source>Confirmed</source>
      <translation>Megerősítve</translation>
    </message>
    <message>
      <source>Cancelled</source>
      <translation>Törölve</translation>
    </message>
    <message>
      <source>Completed</source>
      <translation>Befejezve</translation>
    </message>
    <message>
      <source>No-show</source>
      <translation>Meg nem jelenés</translation>
    </message>
    <message>
      <source>Start</source>
      <translation>Kezdés</translation>
    </message>
    <message>
      <source>End</source>
      <translation>Vége</translation>
    </message>
    <message>
      <source>Equipment</source>
      <translation>Berendezés</translation>
    </message>
    <message>
      <source>Booked for</source>
      <translation>Kinek a nevére</translation>
    </message>
    <message>
      <source>Job</source>
      <translation>Megbízás</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Állapot</translation>
    </message>
    <message>
      <source>Purpose / reason</source>
      <translation>Cél / indok</translation>
    </message>
  </context>
  <context>
    <name>companies</name>
    <message>
      <source>Hungary</source>
      <translation>Magyarország</translation>
    </message>
    <message>
      <source>Serbia</source>
      <translation>Szerbia</translation>
    </message>
    <message>
      <source>Other</source>
      <translation>Egyéb</translation>
    </message>
  </context>
  <context>
    <name>CompaniesTableModel</name>
    <message>
      <source>Name</source>
      <translation>Név</translation>
    </message>
    <message>
      <source>Country</source>
      <translation>Ország</translation>
    </message>
    <message>
      <source>Tax number</source>
      <translation>Adószám</translation>
    </message>
    <message>
      <source>Currency</source>
      <translation>Pénznem</translation>
    </message>
  </context>
  <context>
    <name />
    <message>
      <source>(inactive)</source>
      <translation>(inaktív)</translation>
    </message>
  </context>
  <context>
    <name>ContactsTableModel</name>
    <message>
      <source>Name</source>
      <translation>Név</translation>
    </message>
    <message>
      <source>Role</source>
      <translation>Beosztás</translation>
    </message>
    <message>
      <source>E-mail</source>
      <translation>E-mail</translation>
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
      <translation>{date}-ig</translation>
    </message>
    <message>
      <source>due {date}</source>
      <translation>esedékes: {date}</translation>
    </message>
    <message>
      <source>failed</source>
      <translation>sikertelen</translation>
    </message>
    <message>
      <source>not calibrated</source>
      <translation>nincs kalibrálva</translation>
    </message>
    <message>
      <source>expired {date}</source>
      <translation>lejárt: {date}</translation>
    </message>
    <message>
      <source>Asset tag</source>
      <translation>Leltári címke</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>Név</translation>
    </message>
    <message>
      <source>Category</source>
      <translation>Kategória</translation>
    </message>
    <message>
      <source>Location</source>
      <translation>Helyszín</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Állapot</translation>
    </message>
    <message>
      <source>Calibration</source>
      <translation>Kalibrálás</translation>
    </message>
    <message>
      <source>In use by {name}</source>
      <translation>Használja: {name}</translation>
    </message>
  </context>
  <context>
    <name>JobsTableModel</name>
    <message>
      <source>Low</source>
      <translation>Alacsony</translation>
    </message>
    <message>
      <source>Normal</source>
      <translation>Normál</translation>
    </message>
    <message>
      <source>High</source>
      <translation>Magas</translation>
    </message>
    <message>
      <source>Urgent</source>
      <translation>Sürgős</translation>
    </message>
    <message>
      <source>Reference</source>
      <translation>Megbízásszám</translation>
    </message>
    <message>
      <source>Title</source>
      <translation>Megnevezés</translation>
    </message>
    <message>
      <source>Company</source>
      <translation>Cég</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Állapot</translation>
    </message>
    <message>
      <source>Priority</source>
      <translation>Prioritás</translation>
    </message>
    <message>
      <source>Due</source>
      <translation>Határidő</translation>
    </message>
    <message>
      <source>Technician</source>
      <translation>Technikus</translation>
    </message>
    <message>
      <source>Quoted</source>
      <translation>Ajánlati ár</translation>
    </message>
    <message>
      <source>Overdue: the due date has passed</source>
      <translation>Késésben: a határidő lejárt</translation>
    </message>
  </context>
  <context>
    <name>TimelineModel</name>
    <message>
      <source>When</source>
      <translation>Mikor</translation>
    </message>
    <message>
      <source>Who</source>
      <translation>Ki</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Állapot</translation>
    </message>
    <message>
      <source>Internal note</source>
      <translation>Belső megjegyzés</translation>
    </message>
    <message>
      <source>Kiosk</source>
      <translation>Kioszk</translation>
    </message>
    <message>
      <source>Public note</source>
      <translation>Nyilvános megjegyzés</translation>
    </message>
    <message>
      <source>Shown to the customer at the kiosk</source>
      <translation>Az ügyfél látja a kioszkon</translation>
    </message>
    <message>
      <source>(system)</source>
      <translation>(rendszer)</translation>
    </message>
    <message>
      <source>public</source>
      <translation>nyilvános</translation>
    </message>
  </context>
  <context>
    <name>ResultTexts</name>
    <message>
      <source>rev. {n}</source>
      <translation>{n}. változat</translation>
    </message>
    <message>
      <source>superseded</source>
      <translation>felváltva</translation>
    </message>
    <message>
      <source>pass</source>
      <translation>megfelelt</translation>
    </message>
    <message>
      <source>fail</source>
      <translation>nem felelt meg</translation>
    </message>
    <message>
      <source>inconclusive</source>
      <translation>nem eldönthető</translation>
    </message>
    <message>
      <source>guard band</source>
      <translation>védősáv</translation>
    </message>
    <message>
      <source>simple acceptance</source>
      <translation>egyszerű elfogadás</translation>
    </message>
    <message>
      <source>Guard band (ISO 14253-1): pass inside [LSL + U, USL − U], fail outside [LSL − U, USL + U], inconclusive between</source>
      <translation>Védősáv (ISO 14253-1): az [LSL + U, USL − U] tartományon belül megfelelt, az [LSL − U, USL + U] tartományon kívül nem felelt meg, a kettő között nem eldönthető</translation>
    </message>
    <message>
      <source>Simple acceptance: pass inside the limits (on a limit passes), else fail</source>
      <translation>Egyszerű elfogadás: a határértékeken belül megfelelt (a határértéken is megfelelt), egyébként nem felelt meg</translation>
    </message>
  </context>
  <context>
    <name>ResultsTableModel</name>
    <message>
      <source>Job</source>
      <translation>Megbízás</translation>
    </message>
    <message>
      <source>Specimen</source>
      <translation>Próbatest</translation>
    </message>
    <message>
      <source>Test</source>
      <translation>Vizsgálat</translation>
    </message>
    <message>
      <source>Method</source>
      <translation>Módszer</translation>
    </message>
    <message>
      <source>Instrument</source>
      <translation>Mérőeszköz</translation>
    </message>
    <message>
      <source>Performed</source>
      <translation>Elvégezve</translation>
    </message>
    <message>
      <source>By</source>
      <translation>Végezte</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Állapot</translation>
    </message>
    <message>
      <source>Outcome</source>
      <translation>Értékelés</translation>
    </message>
    <message>
      <source>No limits: nothing was judged</source>
      <translation>Nincs határérték: nem történt megfelelőségi döntés</translation>
    </message>
    <message>
      <source>A later revision replaces this record</source>
      <translation>Egy későbbi módosított változat felváltja ezt a mérési lapot</translation>
    </message>
  </context>
  <context>
    <name>ValuesTableModel</name>
    <message>
      <source>Quantity</source>
      <translation>Mennyiség</translation>
    </message>
    <message>
      <source>Item</source>
      <translation>Tétel</translation>
    </message>
    <message>
      <source>Value</source>
      <translation>Érték</translation>
    </message>
    <message>
      <source>Unit</source>
      <translation>Mértékegység</translation>
    </message>
    <message>
      <source>Limits</source>
      <translation>Határértékek</translation>
    </message>
    <message>
      <source>U</source>
      <translation>U</translation>
    </message>
    <message>
      <source>Rule</source>
      <translation>Szabály</translation>
    </message>
    <message>
      <source>Decision</source>
      <translation>Döntés</translation>
    </message>
    <message>
      <source>Expanded uncertainty U (coverage factor k = 2 unless given)</source>
      <translation>Kiterjesztett mérési bizonytalanság U (k = 2 kiterjesztési tényező, ha nincs más megadva)</translation>
    </message>
  </context>
  <context>
    <name>UsersTableModel</name>
    <message>
      <source>Username</source>
      <translation>Felhasználónév</translation>
    </message>
    <message>
      <source>Full name</source>
      <translation>Teljes név</translation>
    </message>
    <message>
      <source>Role</source>
      <translation>Szerepkör</translation>
    </message>
    <message>
      <source>E-mail</source>
      <translation>E-mail</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Állapot</translation>
    </message>
  </context>
  <context>
    <name>AccountPage</name>
    <message>
      <source>&lt;h2&gt;My account&lt;/h2&gt;</source>
      <translation>&lt;h2&gt;Saját fiók&lt;/h2&gt;</translation>
    </message>
    <message>
      <source>Account</source>
      <translation>Fiók</translation>
    </message>
    <message>
      <source>(none)</source>
      <translation>(nincs)</translation>
    </message>
    <message>
      <source>Full name:</source>
      <translation>Teljes név:</translation>
    </message>
    <message>
      <source>Username:</source>
      <translation>Felhasználónév:</translation>
    </message>
    <message>
      <source>Role:</source>
      <translation>Szerepkör:</translation>
    </message>
    <message>
      <source>E-mail:</source>
      <translation>E-mail:</translation>
    </message>
    <message>
      <source>Language:</source>
      <translation>Nyelv:</translation>
    </message>
    <message>
      <source>Change my password</source>
      <translation>Saját jelszó módosítása</translation>
    </message>
    <message>
      <source>Change password</source>
      <translation>Jelszó módosítása</translation>
    </message>
    <message>
      <source>Current password:</source>
      <translation>Jelenlegi jelszó:</translation>
    </message>
    <message>
      <source>New password:</source>
      <translation>Új jelszó:</translation>
    </message>
    <message>
      <source>Repeat new password:</source>
      <translation>Új jelszó ismét:</translation>
    </message>
    <message>
      <source>Current password: required</source>
      <translation>Jelenlegi jelszó: kötelező</translation>
    </message>
    <message>
      <source>Your password was changed.</source>
      <translation>A jelszava megváltozott.</translation>
    </message>
  </context>
  <context>
    <name>AdminPage</name>
    <message>
      <source>&amp;Users</source>
      <translation>&amp;Felhasználók</translation>
    </message>
    <message>
      <source>Audit &amp;trail</source>
      <translation>&amp;Naplózás</translation>
    </message>
    <message>
      <source>&amp;Settings</source>
      <translation>&amp;Beállítások</translation>
    </message>
    <message>
      <source>&amp;Lab rules</source>
      <translation>&amp;Laborszabályok</translation>
    </message>
    <message>
      <source>&amp;Backups</source>
      <translation>&amp;Mentések</translation>
    </message>
    <message>
      <source>&lt;h2&gt;Administration&lt;/h2&gt;</source>
      <translation>&lt;h2&gt;Adminisztráció&lt;/h2&gt;</translation>
    </message>
  </context>
  <context>
    <name>AuditTab</name>
    <message>
      <source>any user</source>
      <translation>bármely felhasználó</translation>
    </message>
    <message>
      <source>From</source>
      <translation>Ettől</translation>
    </message>
    <message>
      <source>to</source>
      <translation>eddig</translation>
    </message>
    <message>
      <source>&amp;Verify audit trail</source>
      <translation>Audit napló &amp;ellenőrzése</translation>
    </message>
    <message>
      <source>Table:</source>
      <translation>Tábla:</translation>
    </message>
    <message>
      <source>User:</source>
      <translation>Felhasználó:</translation>
    </message>
    <message>
      <source>All tables</source>
      <translation>Minden tábla</translation>
    </message>
    <message>
      <source>Period: the first day is after the last day</source>
      <translation>Időszak: az első nap későbbi az utolsónál</translation>
    </message>
    <message>
      <source>Verifying the audit trail…</source>
      <translation>Az audit napló ellenőrzése…</translation>
    </message>
    <message>
      <source>&amp;Verify chain</source>
      <translation type="vanished">Lánc &amp;ellenőrzése</translation>
    </message>
    <message>
      <source>Verifying the audit chain…</source>
      <translation type="vanished">A naplólánc ellenőrzése…</translation>
    </message>
  </context>
  <context>
    <name>BackupsTab</name>
    <message>
      <source>Taken</source>
      <translation>Készült</translation>
    </message>
    <message>
      <source>Size</source>
      <translation>Méret</translation>
    </message>
    <message>
      <source>&amp;Back up now</source>
      <translation>Mentés &amp;most</translation>
    </message>
    <message>
      <source>&amp;Restore…</source>
      <translation>&amp;Visszaállítás…</translation>
    </message>
    <message>
      <source>This database is on a server: back it up there with pg_dump (itc-desktop db backup --out FILE on a PC with the PostgreSQL client tools) and restore it with pg_restore; see the README.</source>
      <translation>Ez az adatbázis szerveren van: mentse ott pg_dump-pal (itc-desktop db backup --out FÁJL egy PostgreSQL klienseszközökkel ellátott gépen), és állítsa vissza pg_restore-ral; lásd a README-t.</translation>
    </message>
    <message>
      <source>Automatic backups are turned off (ITC_BACKUP_HOURS=0).</source>
      <translation>Az automatikus mentés ki van kapcsolva (ITC_BACKUP_HOURS=0).</translation>
    </message>
    <message>
      <source>A backup is made when the program starts and the newest one is older than {hours} h.</source>
      <translation>Mentés készül, amikor a program indul, és a legújabb mentés régebbi {hours} óránál.</translation>
    </message>
    <message>
      <source>Kept: the newest of each of the last 7 days, 4 weeks and 12 months. Folder: {folder}</source>
      <translation>Megmarad: az utolsó 7 nap, 4 hét és 12 hónap mindegyikének legújabb mentése. Mappa: {folder}</translation>
    </message>
    <message>
      <source>Making a backup…</source>
      <translation>Mentés készül…</translation>
    </message>
    <message>
      <source>Backup made: {path}</source>
      <translation>Mentés elkészült: {path}</translation>
    </message>
    <message>
      <source>Restore the database from a backup</source>
      <translation>Az adatbázis visszaállítása mentésből</translation>
    </message>
    <message>
      <source>ITC Lab databases (*.sqlite *.db);;All files (*)</source>
      <translation>ITC Lab adatbázisok (*.sqlite *.db);;Minden fájl (*)</translation>
    </message>
    <message>
      <source>Restore from a backup</source>
      <translation>Visszaállítás mentésből</translation>
    </message>
    <message>
      <source>Replace the database with the backup {file}?

The backup is checked first (integrity, version, audit trail). The database as it is now is kept beside it. ITC Lab then closes; start it again to work on the restored database.</source>
      <translation>Lecseréli az adatbázist erre a mentésre: {file}?

A mentést előbb ellenőrizzük (épség, verzió, audit napló). A mostani adatbázis megmarad mellette. Az ITC Lab ezután bezárul; indítsa el újra, hogy a visszaállított adatbázison dolgozzon.</translation>
    </message>
    <message>
      <source>Database restored</source>
      <translation>Adatbázis visszaállítva</translation>
    </message>
    <message>
      <source>The database was restored from {file}.
The replaced database is kept at {kept}.

ITC Lab closes now; start it again.</source>
      <translation>Az adatbázis visszaállítva ebből: {file}.
A lecserélt adatbázis itt maradt meg: {kept}.

Az ITC Lab most bezárul; indítsa el újra.</translation>
    </message>
    <message>
      <source>Checking the backup…</source>
      <translation>A mentés ellenőrzése…</translation>
    </message>
    <message>
      <source>Restored from {file}. ITC Lab closes now.</source>
      <translation>Visszaállítva ebből: {file}. Az ITC Lab most bezárul.</translation>
    </message>
  </context>
  <context>
    <name>CreateUserDialog</name>
    <message>
      <source>New user</source>
      <translation>Új felhasználó</translation>
    </message>
    <message>
      <source>&amp;Username:</source>
      <translation>&amp;Felhasználónév:</translation>
    </message>
    <message>
      <source>&amp;Full name:</source>
      <translation>&amp;Teljes név:</translation>
    </message>
    <message>
      <source>&amp;E-mail:</source>
      <translation>&amp;E-mail:</translation>
    </message>
    <message>
      <source>&amp;Role:</source>
      <translation>&amp;Szerepkör:</translation>
    </message>
    <message>
      <source>&amp;Password:</source>
      <translation>&amp;Jelszó:</translation>
    </message>
    <message>
      <source>Re&amp;peat password:</source>
      <translation>Jelszó &amp;ismét:</translation>
    </message>
    <message>
      <source>Create user</source>
      <translation>Felhasználó létrehozása</translation>
    </message>
    <message>
      <source>Username: required</source>
      <translation>Felhasználónév: kötelező</translation>
    </message>
    <message>
      <source>Full name: required</source>
      <translation>Teljes név: kötelező</translation>
    </message>
  </context>
  <context>
    <name>RoleDialog</name>
    <message>
      <source>Change role</source>
      <translation>Szerepkör módosítása</translation>
    </message>
    <message>
      <source>Role of {name} ({username}):</source>
      <translation>{name} ({username}) szerepköre:</translation>
    </message>
    <message>
      <source>&amp;Role:</source>
      <translation>&amp;Szerepkör:</translation>
    </message>
  </context>
  <context>
    <name>ResetPasswordDialog</name>
    <message>
      <source>Reset password</source>
      <translation>Jelszó visszaállítása</translation>
    </message>
    <message>
      <source>New password for {name} ({username}):</source>
      <translation>Új jelszó {name} ({username}) számára:</translation>
    </message>
    <message>
      <source>&amp;New password:</source>
      <translation>Ú&amp;j jelszó:</translation>
    </message>
    <message>
      <source>Re&amp;peat password:</source>
      <translation>Jelszó &amp;ismét:</translation>
    </message>
  </context>
  <context>
    <name>DayRow</name>
    <message>
      <source>Open</source>
      <translation>Nyitva</translation>
    </message>
    <message>
      <source>00:00 means open until midnight</source>
      <translation>A 00:00 éjfélig tartó nyitvatartást jelent</translation>
    </message>
  </context>
  <context>
    <name>LabRulesTab</name>
    <message>
      <source>Calibration due soon</source>
      <translation>Kalibrálás hamarosan esedékes</translation>
    </message>
    <message>
      <source>Maintenance due soon</source>
      <translation>Karbantartás hamarosan esedékes</translation>
    </message>
    <message>
      <source>Usage session forgotten after</source>
      <translation>Használati munkamenet elfelejtettnek minősül</translation>
    </message>
    <message>
      <source>No-show after</source>
      <translation>Meg nem jelenésnek minősül</translation>
    </message>
    <message>
      <source>Sa&amp;ve lab rules</source>
      <translation>&amp;Laborszabályok mentése</translation>
    </message>
    <message>
      <source>Equipment</source>
      <translation>Berendezések</translation>
    </message>
    <message>
      <source>&amp;Calibration due soon:</source>
      <translation>&amp;Kalibrálás hamarosan esedékes:</translation>
    </message>
    <message>
      <source>days before it expires</source>
      <translation>nappal a lejárata előtt</translation>
    </message>
    <message>
      <source>&amp;Maintenance due soon:</source>
      <translation>Ka&amp;rbantartás hamarosan esedékes:</translation>
    </message>
    <message>
      <source>days before the planned date</source>
      <translation>nappal a tervezett dátum előtt</translation>
    </message>
    <message>
      <source>Usage session &amp;forgotten after:</source>
      <translation>Használati munkamenet &amp;elfelejtettnek minősül:</translation>
    </message>
    <message>
      <source>hours running</source>
      <translation>óra futás után</translation>
    </message>
    <message>
      <source>Bookings</source>
      <translation>Foglalások</translation>
    </message>
    <message>
      <source>&lt;b&gt;Opening hours&lt;/b&gt;</source>
      <translation>&lt;b&gt;Nyitvatartás&lt;/b&gt;</translation>
    </message>
    <message>
      <source>From</source>
      <translation>Nyitás</translation>
    </message>
    <message>
      <source>To</source>
      <translation>Zárás</translation>
    </message>
    <message>
      <source>&amp;No-show after:</source>
      <translation>&amp;Meg nem jelenésnek minősül:</translation>
    </message>
    <message>
      <source>minutes without use after the start</source>
      <translation>perc használat nélkül a kezdés után</translation>
    </message>
    <message>
      <source>Only administrators change the lab rules.</source>
      <translation>A laborszabályokat csak rendszergazdák módosíthatják.</translation>
    </message>
    <message>
      <source>{field}: a whole number from {lowest} to {highest}</source>
      <translation>{field}: egész szám {lowest} és {highest} között</translation>
    </message>
    <message>
      <source>{day}: the closing time is not after the opening time</source>
      <translation>{day}: a zárási idő nem későbbi a nyitási időnél</translation>
    </message>
    <message>
      <source>Lab rules saved.</source>
      <translation>Laborszabályok mentve.</translation>
    </message>
    <message>
      <source>Monday</source>
      <translation type="vanished">Hétfő</translation>
    </message>
    <message>
      <source>Tuesday</source>
      <translation type="vanished">Kedd</translation>
    </message>
    <message>
      <source>Wednesday</source>
      <translation type="vanished">Szerda</translation>
    </message>
    <message>
      <source>Thursday</source>
      <translation type="vanished">Csütörtök</translation>
    </message>
    <message>
      <source>Friday</source>
      <translation type="vanished">Péntek</translation>
    </message>
    <message>
      <source>Saturday</source>
      <translation type="vanished">Szombat</translation>
    </message>
    <message>
      <source>Sunday</source>
      <translation type="vanished">Vasárnap</translation>
    </message>
  </context>
  <context>
    <name>SettingsTab</name>
    <message>
      <source>Choose PNG…</source>
      <translation>PNG kiválasztása…</translation>
    </message>
    <message>
      <source>Use the default logo</source>
      <translation>Alapértelmezett logó használata</translation>
    </message>
    <message>
      <source>&amp;Save settings</source>
      <translation>Beállítások &amp;mentése</translation>
    </message>
    <message>
      <source>Center &amp;name:</source>
      <translation>A központ &amp;neve:</translation>
    </message>
    <message>
      <source>&amp;Address:</source>
      <translation>&amp;Cím:</translation>
    </message>
    <message>
      <source>Logo:</source>
      <translation>Logó:</translation>
    </message>
    <message>
      <source>Default &amp;currency:</source>
      <translation>Alapértelmezett &amp;pénznem:</translation>
    </message>
    <message>
      <source>&amp;Time zone:</source>
      <translation>&amp;Időzóna:</translation>
    </message>
    <message>
      <source>Only administrators change these settings.</source>
      <translation>Ezeket a beállításokat csak rendszergazdák módosíthatják.</translation>
    </message>
    <message>
      <source>The default logo</source>
      <translation>Az alapértelmezett logó</translation>
    </message>
    <message>
      <source>The center's own logo</source>
      <translation>A központ saját logója</translation>
    </message>
    <message>
      <source>Logo: cannot read the file ({error})</source>
      <translation>Logó: a fájl nem olvasható ({error})</translation>
    </message>
    <message>
      <source>Logo: the file is not a PNG image</source>
      <translation>Logó: a fájl nem PNG-kép</translation>
    </message>
    <message>
      <source>Logo: larger than {kb} KB</source>
      <translation>Logó: nagyobb, mint {kb} KB</translation>
    </message>
    <message>
      <source>Choose the center's logo</source>
      <translation>A központ logójának kiválasztása</translation>
    </message>
    <message>
      <source>PNG images (*.png)</source>
      <translation>PNG-képek (*.png)</translation>
    </message>
    <message>
      <source>Settings saved.</source>
      <translation>Beállítások mentve.</translation>
    </message>
  </context>
  <context>
    <name>UsersTab</name>
    <message>
      <source>&amp;New user…</source>
      <translation>Ú&amp;j felhasználó…</translation>
    </message>
    <message>
      <source>Change &amp;role…</source>
      <translation>&amp;Szerepkör módosítása…</translation>
    </message>
    <message>
      <source>Reset &amp;password…</source>
      <translation>Jelszó &amp;visszaállítása…</translation>
    </message>
    <message>
      <source>&amp;Deactivate</source>
      <translation>&amp;Inaktiválás</translation>
    </message>
    <message>
      <source>&amp;Activate</source>
      <translation>&amp;Aktiválás</translation>
    </message>
  </context>
  <context>
    <name>BookingForm</name>
    <message>
      <source>No job</source>
      <translation>Nincs megbízás</translation>
    </message>
    <message>
      <source>only to accept less notice or a longer booking</source>
      <translation>csak rövidebb előzetes bejelentés vagy hosszabb foglalás elfogadásához</translation>
    </message>
    <message>
      <source>&amp;Equipment</source>
      <translation>&amp;Berendezés</translation>
    </message>
    <message>
      <source>Booked &amp;for</source>
      <translation>&amp;Kinek foglal</translation>
    </message>
    <message>
      <source>&amp;Start</source>
      <translation>Ke&amp;zdés</translation>
    </message>
    <message>
      <source>E&amp;nd</source>
      <translation>&amp;Vége</translation>
    </message>
    <message>
      <source>&amp;Job</source>
      <translation>&amp;Megbízás</translation>
    </message>
    <message>
      <source>S&amp;tep</source>
      <translation>&amp;Lépés</translation>
    </message>
    <message>
      <source>&amp;Purpose</source>
      <translation>&amp;Cél</translation>
    </message>
    <message>
      <source>Override reason</source>
      <translation>Felülbírálat indoka</translation>
    </message>
    <message>
      <source>&amp;Repeat…</source>
      <translation>&amp;Ismétlés…</translation>
    </message>
    <message>
      <source>— no step —</source>
      <translation>— nincs lépés —</translation>
    </message>
    <message>
      <source>The slot is free.</source>
      <translation>Az időpont szabad.</translation>
    </message>
    <message>
      <source>End must be after the start.</source>
      <translation>A befejezésnek a kezdés utánra kell esnie.</translation>
    </message>
  </context>
  <context>
    <name>RecurrenceDialog</name>
    <message>
      <source>Repeat booking</source>
      <translation>Foglalás ismétlése</translation>
    </message>
    <message>
      <source>Weekly</source>
      <translation>Hetente</translation>
    </message>
    <message>
      <source>Daily</source>
      <translation>Naponta</translation>
    </message>
    <message>
      <source>Mon</source>
      <translation>H</translation>
    </message>
    <message>
      <source>Tue</source>
      <translation>K</translation>
    </message>
    <message>
      <source>Wed</source>
      <translation>Sze</translation>
    </message>
    <message>
      <source>Thu</source>
      <translation>Cs</translation>
    </message>
    <message>
      <source>Fri</source>
      <translation>P</translation>
    </message>
    <message>
      <source>Sat</source>
      <translation>Szo</translation>
    </message>
    <message>
      <source>Sun</source>
      <translation>V</translation>
    </message>
    <message>
      <source>&amp;Occurrences</source>
      <translation>&amp;Alkalmak száma</translation>
    </message>
    <message>
      <source>&amp;Until</source>
      <translation>&amp;Dátumig</translation>
    </message>
    <message>
      <source>Repeat</source>
      <translation>Ismétlés</translation>
    </message>
    <message>
      <source>Every (days / weeks)</source>
      <translation>Ennyi naponta / hetente</translation>
    </message>
    <message>
      <source>On</source>
      <translation>Napokon</translation>
    </message>
    <message>
      <source>Ends</source>
      <translation>Vége</translation>
    </message>
    <message>
      <source>&amp;Preview</source>
      <translation>&amp;Előnézet</translation>
    </message>
    <message>
      <source>Preview the occurrences before saving.</source>
      <translation>Mentés előtt tekintse meg az alkalmak előnézetét.</translation>
    </message>
    <message>
      <source>{0} — skip: {1}</source>
      <translation>{0} — kihagyás: {1}</translation>
    </message>
    <message>
      <source>No occurrence: check the rule.</source>
      <translation>Nincs egyetlen alkalom sem: ellenőrizze a szabályt.</translation>
    </message>
    <message>
      <source>{0} conflicting occurrence(s) are not skipped: tick them to skip.</source>
      <translation>{0} ütköző alkalom nincs kihagyva: a kihagyáshoz jelölje be őket.</translation>
    </message>
    <message>
      <source>{0} occurrence(s) will be booked, {1} skipped.</source>
      <translation>{0} alkalom lesz lefoglalva, {1} kihagyva.</translation>
    </message>
  </context>
  <context>
    <name>FreeSlotDialog</name>
    <message>
      <source>Find a free slot</source>
      <translation>Szabad időpont keresése</translation>
    </message>
    <message>
      <source>Any in the category</source>
      <translation>Bármelyik a kategóriában</translation>
    </message>
    <message>
      <source>Any category</source>
      <translation>Bármely kategória</translation>
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
      <translation>&amp;Berendezés</translation>
    </message>
    <message>
      <source>&amp;Category</source>
      <translation>&amp;Kategória</translation>
    </message>
    <message>
      <source>&amp;Duration</source>
      <translation>&amp;Időtartam</translation>
    </message>
    <message>
      <source>Earliest &amp;start</source>
      <translation>&amp;Legkorábbi kezdés</translation>
    </message>
    <message>
      <source>&amp;Search</source>
      <translation>Kere&amp;sés</translation>
    </message>
    <message>
      <source>&amp;Book this slot</source>
      <translation>Időpont &amp;foglalása</translation>
    </message>
    <message>
      <source>{0} free slot(s).</source>
      <translation>{0} szabad időpont.</translation>
    </message>
    <message>
      <source>No free slot found.</source>
      <translation>Nincs szabad időpont.</translation>
    </message>
  </context>
  <context>
    <name>CancelDialog</name>
    <message>
      <source>Cancel booking</source>
      <translation>Foglalás törlése</translation>
    </message>
    <message>
      <source>why the booking is cancelled</source>
      <translation>miért törlik a foglalást</translation>
    </message>
    <message>
      <source>Cancel &amp;booking</source>
      <translation>&amp;Foglalás törlése</translation>
    </message>
    <message>
      <source>&amp;Reason</source>
      <translation>&amp;Indok</translation>
    </message>
  </context>
  <context>
    <name>MaintenanceWindowDialog</name>
    <message>
      <source>Plan maintenance</source>
      <translation>Karbantartás tervezése</translation>
    </message>
    <message>
      <source>what is done, e.g. spindle replacement</source>
      <translation>mit végeznek, pl. orsócsere</translation>
    </message>
    <message>
      <source>&amp;Equipment</source>
      <translation>&amp;Berendezés</translation>
    </message>
    <message>
      <source>&amp;Start</source>
      <translation>&amp;Kezdés</translation>
    </message>
    <message>
      <source>E&amp;nd</source>
      <translation>&amp;Vége</translation>
    </message>
    <message>
      <source>&amp;Description</source>
      <translation>&amp;Leírás</translation>
    </message>
    <message>
      <source>No booking may overlap the window while it is planned.</source>
      <translation>Amíg az időszak tervezett állapotú, egyetlen foglalás sem fedheti át.</translation>
    </message>
  </context>
  <context>
    <name>ScopeDialog</name>
    <message>
      <source>Recurring booking</source>
      <translation>Ismétlődő foglalás</translation>
    </message>
    <message>
      <source>&amp;Only this occurrence</source>
      <translation>&amp;Csak ez az alkalom</translation>
    </message>
    <message>
      <source>This and &amp;following</source>
      <translation>Ez és a &amp;következők</translation>
    </message>
    <message>
      <source>&amp;All occurrences</source>
      <translation>&amp;Minden alkalom</translation>
    </message>
  </context>
  <context>
    <name>BookingsPage</name>
    <message>
      <source>Calendar</source>
      <translation>Naptár</translation>
    </message>
    <message>
      <source>List</source>
      <translation>Lista</translation>
    </message>
    <message>
      <source>Previous (PgUp)</source>
      <translation>Előző (PgUp)</translation>
    </message>
    <message>
      <source>&amp;Today</source>
      <translation>&amp;Ma</translation>
    </message>
    <message>
      <source>Next (PgDn)</source>
      <translation>Következő (PgDn)</translation>
    </message>
    <message>
      <source>&amp;Day</source>
      <translation>&amp;Nap</translation>
    </message>
    <message>
      <source>&amp;Week</source>
      <translation>&amp;Hét</translation>
    </message>
    <message>
      <source>All categories</source>
      <translation>Minden kategória</translation>
    </message>
    <message>
      <source>All equipment</source>
      <translation>Minden berendezés</translation>
    </message>
    <message>
      <source>&amp;New booking…</source>
      <translation>Ú&amp;j foglalás…</translation>
    </message>
    <message>
      <source>Find &amp;free slot…</source>
      <translation>&amp;Szabad időpont keresése…</translation>
    </message>
    <message>
      <source>Plan &amp;maintenance…</source>
      <translation>&amp;Karbantartás tervezése…</translation>
    </message>
    <message>
      <source>Change which occurrences?</source>
      <translation>Mely alkalmakat módosítja?</translation>
    </message>
    <message>
      <source>The change was not made.</source>
      <translation>A módosítás nem történt meg.</translation>
    </message>
    <message>
      <source>Change booking</source>
      <translation>Foglalás módosítása</translation>
    </message>
    <message>
      <source>New booking</source>
      <translation>Új foglalás</translation>
    </message>
    <message>
      <source>There is no equipment to book.</source>
      <translation>Nincs foglalható berendezés.</translation>
    </message>
    <message>
      <source>Click a booking (or choose one in the list) to cancel it.</source>
      <translation>A törléshez kattintson egy foglalásra (vagy válasszon egyet a listában).</translation>
    </message>
    <message>
      <source>Cancel which occurrences?</source>
      <translation>Mely alkalmakat törli?</translation>
    </message>
    <message>
      <source>To export bookings as .ics, choose exactly one equipment, one person or one job in the list's filters.</source>
      <translation>A foglalások .ics formátumú exportálásához a lista szűrőiben válasszon ki pontosan egy berendezést, egy személyt vagy egy megbízást.</translation>
    </message>
    <message>
      <source>Export bookings</source>
      <translation>Foglalások exportálása</translation>
    </message>
    <message>
      <source>iCalendar (*.ics)</source>
      <translation>iCalendar (*.ics)</translation>
    </message>
    <message>
      <source>{n} bookings written to {path}.</source>
      <translation>{n} foglalás kiírva ide: {path}.</translation>
    </message>
    <message>
      <source>Cannot write {path}: {reason}</source>
      <translation>A(z) {path} nem írható: {reason}</translation>
    </message>
    <message>
      <source>The maintenance window overlaps {n} confirmed booking(s) ({ids}); move or cancel them and tell their owners.</source>
      <translation>A karbantartási időszak {n} megerősített foglalással ütközik ({ids}); helyezze át vagy törölje őket, és értesítse a foglalókat.</translation>
    </message>
    <message>
      <source>until finished</source>
      <translation>a befejezésig</translation>
    </message>
    <message>
      <source>Maintenance from {start} to {end}: {what}</source>
      <translation>Karbantartás: {start} – {end}: {what}</translation>
    </message>
    <message>
      <source>Cancel maintenance window</source>
      <translation>Karbantartási időszak törlése</translation>
    </message>
    <message>
      <source>Cancel this maintenance window and free the calendar?</source>
      <translation>Törli ezt a karbantartási időszakot, és felszabadítja a naptárat?</translation>
    </message>
  </context>
  <context>
    <name>BookingsListPanel</name>
    <message>
      <source>Any equipment</source>
      <translation>Bármely berendezés</translation>
    </message>
    <message>
      <source>Anyone</source>
      <translation>Bárki</translation>
    </message>
    <message>
      <source>Any job</source>
      <translation>Bármely megbízás</translation>
    </message>
    <message>
      <source>Any status</source>
      <translation>Bármely állapot</translation>
    </message>
    <message>
      <source>From</source>
      <translation>Ettől</translation>
    </message>
    <message>
      <source>to</source>
      <translation>eddig</translation>
    </message>
    <message>
      <source>&amp;Cancel booking…</source>
      <translation>Foglalás &amp;törlése…</translation>
    </message>
    <message>
      <source>Mark &amp;no-show</source>
      <translation>Meg nem jelenés je&amp;lölése</translation>
    </message>
    <message>
      <source>&amp;Export .ics…</source>
      <translation>&amp;Exportálás .ics-be…</translation>
    </message>
    <message>
      <source>Choose one equipment, one person or one job in the filters first.</source>
      <translation>Előbb válasszon ki a szűrőkben egy berendezést, egy személyt vagy egy megbízást.</translation>
    </message>
  </context>
  <context>
    <name>CompaniesPage</name>
    <message>
      <source>Search name or tax number…</source>
      <translation>Keresés név vagy adószám alapján…</translation>
    </message>
    <message>
      <source>Show inactive</source>
      <translation>Inaktívak megjelenítése</translation>
    </message>
    <message>
      <source>&amp;New company…</source>
      <translation>Ú&amp;j cég…</translation>
    </message>
    <message>
      <source>&amp;Edit company…</source>
      <translation>Cég &amp;szerkesztése…</translation>
    </message>
    <message>
      <source>Country:</source>
      <translation>Ország:</translation>
    </message>
    <message>
      <source>Tax number:</source>
      <translation>Adószám:</translation>
    </message>
    <message>
      <source>Registration no.:</source>
      <translation>Cégjegyzékszám:</translation>
    </message>
    <message>
      <source>Address:</source>
      <translation>Cím:</translation>
    </message>
    <message>
      <source>Default currency:</source>
      <translation>Alapértelmezett pénznem:</translation>
    </message>
    <message>
      <source>NDA:</source>
      <translation>Titoktartási szerződés:</translation>
    </message>
    <message>
      <source>Jobs:</source>
      <translation>Megbízások:</translation>
    </message>
    <message>
      <source>Notes:</source>
      <translation>Megjegyzések:</translation>
    </message>
    <message>
      <source>&amp;Add contact…</source>
      <translation>Kapcsolattartó &amp;hozzáadása…</translation>
    </message>
    <message>
      <source>Edit c&amp;ontact…</source>
      <translation>Kapcsolattartó sz&amp;erkesztése…</translation>
    </message>
    <message>
      <source>&amp;Remove contact</source>
      <translation>Kapcsolattartó eltá&amp;volítása</translation>
    </message>
    <message>
      <source>Contacts</source>
      <translation>Kapcsolattartók</translation>
    </message>
    <message>
      <source>Double-click a job to open it on the Jobs page</source>
      <translation>Kattintson duplán egy megbízásra, hogy megnyissa a Megbízások oldalon</translation>
    </message>
    <message>
      <source>Jobs</source>
      <translation>Megbízások</translation>
    </message>
    <message>
      <source>New &amp;job for this company…</source>
      <translation>Új &amp;megbízás ennek a cégnek…</translation>
    </message>
    <message>
      <source>Choose a company on the left.</source>
      <translation>Válasszon egy céget a bal oldalon.</translation>
    </message>
    <message>
      <source>1 company</source>
      <translation>1 cég</translation>
    </message>
    <message>
      <source>{n} companies</source>
      <translation>{n} cég</translation>
    </message>
    <message>
      <source>signed on {date}</source>
      <translation>aláírva: {date}</translation>
    </message>
    <message>
      <source>none</source>
      <translation>nincs</translation>
    </message>
    <message>
      <source>{total} in all, {open} open</source>
      <translation>összesen {total}, ebből {open} nyitott</translation>
    </message>
    <message>
      <source>Remove contact</source>
      <translation>Kapcsolattartó eltávolítása</translation>
    </message>
    <message>
      <source>Remove {name} from the contacts of {company}?</source>
      <translation>Eltávolítja {name} nevét a(z) {company} kapcsolattartói közül?</translation>
    </message>
  </context>
  <context>
    <name>CompanyDialog</name>
    <message>
      <source>New company</source>
      <translation>Új cég</translation>
    </message>
    <message>
      <source>Company</source>
      <translation>Cég</translation>
    </message>
    <message>
      <source>NDA signed on</source>
      <translation>Titoktartási szerződés aláírva:</translation>
    </message>
    <message>
      <source>Active (new jobs may be registered)</source>
      <translation>Aktív (új megbízások rögzíthetők)</translation>
    </message>
    <message>
      <source>&amp;Name:</source>
      <translation>&amp;Név:</translation>
    </message>
    <message>
      <source>&amp;Country:</source>
      <translation>&amp;Ország:</translation>
    </message>
    <message>
      <source>&amp;Tax number:</source>
      <translation>&amp;Adószám:</translation>
    </message>
    <message>
      <source>&amp;Registration no.:</source>
      <translation>&amp;Cégjegyzékszám:</translation>
    </message>
    <message>
      <source>&amp;Address:</source>
      <translation>Cí&amp;m:</translation>
    </message>
    <message>
      <source>Default c&amp;urrency:</source>
      <translation>Alapértelmezett &amp;pénznem:</translation>
    </message>
    <message>
      <source>Confidentiality:</source>
      <translation>Titoktartás:</translation>
    </message>
    <message>
      <source>N&amp;otes:</source>
      <translation>Megjegy&amp;zések:</translation>
    </message>
    <message>
      <source>Name: required</source>
      <translation>Név: kötelező</translation>
    </message>
    <message>
      <source>Tax number: {problem}</source>
      <translation>Adószám: {problem}</translation>
    </message>
    <message>
      <source>✓ valid, saved as {number}</source>
      <translation>✓ érvényes, mentve így: {number}</translation>
    </message>
    <message>
      <source>not checked for this country</source>
      <translation>ennél az országnál nincs ellenőrzés</translation>
    </message>
    <message>
      <source>required for a company in Hungary or Serbia</source>
      <translation>magyarországi vagy szerbiai cégnél kötelező</translation>
    </message>
  </context>
  <context>
    <name>ContactDialog</name>
    <message>
      <source>New contact</source>
      <translation>Új kapcsolattartó</translation>
    </message>
    <message>
      <source>Contact</source>
      <translation>Kapcsolattartó</translation>
    </message>
    <message>
      <source>Active</source>
      <translation>Aktív</translation>
    </message>
    <message>
      <source>&amp;Name:</source>
      <translation>&amp;Név:</translation>
    </message>
    <message>
      <source>&amp;Role:</source>
      <translation>&amp;Beosztás:</translation>
    </message>
    <message>
      <source>&amp;E-mail:</source>
      <translation>&amp;E-mail:</translation>
    </message>
    <message>
      <source>&amp;Phone:</source>
      <translation>&amp;Telefon:</translation>
    </message>
    <message>
      <source>Name: required</source>
      <translation>Név: kötelező</translation>
    </message>
    <message>
      <source>E-mail: not an e-mail address</source>
      <translation>E-mail: nem érvényes e-mail-cím</translation>
    </message>
    <message>
      <source>Phone: digits, spaces, +, /, (, ), - only</source>
      <translation>Telefon: csak számjegyek, szóköz, +, /, (, ), - megengedett</translation>
    </message>
  </context>
  <context>
    <name>Dashboard</name>
    <message>
      <source>{d} d {h} h</source>
      <translation>{d} nap {h} h</translation>
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
      <translation>{n} napja késésben</translation>
    </message>
    <message>
      <source>{n} h over</source>
      <translation>{n} h túllépés</translation>
    </message>
    <message>
      <source>due {date}</source>
      <translation>esedékes: {date}</translation>
    </message>
    <message>
      <source>{n} h left</source>
      <translation>még {n} h</translation>
    </message>
    <message>
      <source>Started {start}</source>
      <translation>Indítva: {start}</translation>
    </message>
    <message>
      <source>Probably forgotten: a manager can correct the times.</source>
      <translation>Valószínűleg elfelejtették: egy vezető javíthatja az időpontokat.</translation>
    </message>
    <message>
      <source>Running usage sessions</source>
      <translation>Futó használati munkamenetek</translation>
    </message>
    <message>
      <source>{n} probably forgotten</source>
      <translation>{n} valószínűleg elfelejtve</translation>
    </message>
    <message>
      <source>No machine is running.</source>
      <translation>Egyetlen gép sem üzemel.</translation>
    </message>
    <message>
      <source>Out of calibration</source>
      <translation>Lejárt kalibrálású</translation>
    </message>
    <message>
      <source>Every instrument is calibrated.</source>
      <translation>Minden mérőeszköz kalibrált.</translation>
    </message>
    <message>
      <source>Calibration due soon</source>
      <translation>Kalibrálás hamarosan esedékes</translation>
    </message>
    <message>
      <source>No calibration ends soon.</source>
      <translation>Egyetlen kalibrálás sem jár le hamarosan.</translation>
    </message>
    <message>
      <source>Maintenance due or overdue</source>
      <translation>Esedékes vagy késésben lévő karbantartás</translation>
    </message>
    <message>
      <source>No maintenance is due.</source>
      <translation>Nincs esedékes karbantartás.</translation>
    </message>
    <message>
      <source>Out of service</source>
      <translation>Üzemen kívül</translation>
    </message>
    <message>
      <source>All equipment is in service.</source>
      <translation>Minden berendezés üzemel.</translation>
    </message>
    <message>
      <source>Overdue jobs</source>
      <translation>Késésben lévő megbízások</translation>
    </message>
    <message>
      <source>No job is overdue.</source>
      <translation>Egyetlen megbízás sincs késésben.</translation>
    </message>
    <message>
      <source>Jobs due this week</source>
      <translation>E heti határidejű megbízások</translation>
    </message>
    <message>
      <source>No job is due this week.</source>
      <translation>Egyetlen megbízás határideje sem esik erre a hétre.</translation>
    </message>
    <message>
      <source>Quotes waiting for approval</source>
      <translation>Jóváhagyásra váró árajánlatok</translation>
    </message>
    <message>
      <source>No quote is waiting.</source>
      <translation>Nincs jóváhagyásra váró árajánlat.</translation>
    </message>
  </context>
  <context>
    <name>DashboardPage</name>
    <message>
      <source>&lt;h2&gt;Dashboard&lt;/h2&gt;</source>
      <translation>&lt;h2&gt;Áttekintés&lt;/h2&gt;</translation>
    </message>
    <message>
      <source>&amp;Refresh</source>
      <translation>&amp;Frissítés</translation>
    </message>
    <message>
      <source>Could not refresh: {error}</source>
      <translation>Nem sikerült frissíteni: {error}</translation>
    </message>
    <message>
      <source>Updated {time}</source>
      <translation>Frissítve: {time}</translation>
    </message>
  </context>
  <context>
    <name>EquipmentPage</name>
    <message>
      <source>&amp;New…</source>
      <translation>Ú&amp;j…</translation>
    </message>
    <message>
      <source>Start use</source>
      <translation>Használat indítása</translation>
    </message>
    <message>
      <source>&amp;Import CSV…</source>
      <translation>CSV &amp;importálása…</translation>
    </message>
    <message>
      <source>&amp;Export CSV…</source>
      <translation>CSV &amp;exportálása…</translation>
    </message>
    <message>
      <source>Print &amp;labels…</source>
      <translation>Címkék &amp;nyomtatása…</translation>
    </message>
    <message>
      <source>Refresh</source>
      <translation>Frissítés</translation>
    </message>
    <message>
      <source>Search</source>
      <translation>Keresés</translation>
    </message>
    <message>
      <source>Only managers and admins add equipment.</source>
      <translation>Berendezést csak vezetők és rendszergazdák vehetnek fel.</translation>
    </message>
    <message>
      <source>Search tag, name, serial, location — or scan an asset tag</source>
      <translation>Keresés címke, név, sorozatszám, helyszín szerint — vagy olvassa be a leltári címkét</translation>
    </message>
    <message>
      <source>All categories</source>
      <translation>Minden kategória</translation>
    </message>
    <message>
      <source>All statuses</source>
      <translation>Minden állapot</translation>
    </message>
    <message>
      <source>Overview</source>
      <translation>Általános adatok</translation>
    </message>
    <message>
      <source>Calibration</source>
      <translation>Kalibrálás</translation>
    </message>
    <message>
      <source>Maintenance</source>
      <translation>Karbantartás</translation>
    </message>
    <message>
      <source>Usage</source>
      <translation>Használat</translation>
    </message>
    <message>
      <source>Operators</source>
      <translation>Kezelők</translation>
    </message>
    <message>
      <source>Documents</source>
      <translation>Dokumentumok</translation>
    </message>
    <message>
      <source>Qualified operators</source>
      <translation>Jogosult kezelők</translation>
    </message>
    <message>
      <source>&lt;h2&gt;Equipment&lt;/h2&gt;</source>
      <translation>&lt;h2&gt;Berendezések&lt;/h2&gt;</translation>
    </message>
    <message numerus="yes">
      <source>%n piece(s) of equipment</source>
      <translation>
        <numerusform>%n berendezés</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n pieces of equipment selected</source>
      <translation>
        <numerusform>%n berendezés kijelölve</numerusform>
      </translation>
    </message>
    <message>
      <source>Select equipment in the list, or scan its asset tag.</source>
      <translation>Jelöljön ki egy berendezést a listában, vagy olvassa be a leltári címkéjét.</translation>
    </message>
    <message>
      <source>(by {name} since {time})</source>
      <translation>({name} használja {time} óta)</translation>
    </message>
    <message>
      <source>Stop use (F9)</source>
      <translation>Használat leállítása (F9)</translation>
    </message>
    <message>
      <source>Start use (F9)</source>
      <translation>Használat indítása (F9)</translation>
    </message>
    <message>
      <source>No equipment matches “{text}”.</source>
      <translation>Egyetlen berendezés sem felel meg a keresésnek: „{text}”.</translation>
    </message>
    <message>
      <source>Running since {since}, operator {name}</source>
      <translation>Üzemel {since} óta, kezelő: {name}</translation>
    </message>
    <message>
      <source>Export equipment</source>
      <translation>Berendezések exportálása</translation>
    </message>
    <message>
      <source>Save asset labels</source>
      <translation>Leltári címkék mentése</translation>
    </message>
    <message>
      <source>PDF (*.pdf)</source>
      <translation>PDF (*.pdf)</translation>
    </message>
    <message>
      <source>Saved {path}</source>
      <translation>Mentve: {path}</translation>
    </message>
    <message>
      <source>Cannot write {path}: {reason}</source>
      <translation>A(z) {path} nem írható: {reason}</translation>
    </message>
  </context>
  <context>
    <name>AddCalibrationDialog</name>
    <message>
      <source>Add calibration</source>
      <translation>Kalibrálás hozzáadása</translation>
    </message>
    <message>
      <source>Accredited calibration laboratory</source>
      <translation>Akkreditált kalibráló laboratórium</translation>
    </message>
    <message>
      <source>Pass</source>
      <translation>Megfelelt</translation>
    </message>
    <message>
      <source>Adjusted, then passed</source>
      <translation>Beállítva, utána megfelelt</translation>
    </message>
    <message>
      <source>Fail</source>
      <translation>Nem felelt meg</translation>
    </message>
    <message>
      <source>(none)</source>
      <translation>(nincs)</translation>
    </message>
    <message>
      <source>C&amp;hoose…</source>
      <translation>Ta&amp;llózás…</translation>
    </message>
    <message>
      <source>Calibrated &amp;on:</source>
      <translation>&amp;Kalibrálás dátuma:</translation>
    </message>
    <message>
      <source>&amp;Valid until:</source>
      <translation>Érvényesség &amp;vége:</translation>
    </message>
    <message>
      <source>&amp;Provider:</source>
      <translation>Kalibráló &amp;szervezet:</translation>
    </message>
    <message>
      <source>Certificate &amp;number:</source>
      <translation>&amp;Tanúsítvány száma:</translation>
    </message>
    <message>
      <source>&amp;Result:</source>
      <translation>&amp;Eredmény:</translation>
    </message>
    <message>
      <source>Acceptance &amp;criteria:</source>
      <translation>Elfogadási &amp;feltételek:</translation>
    </message>
    <message>
      <source>No&amp;tes:</source>
      <translation>&amp;Megjegyzések:</translation>
    </message>
    <message>
      <source>Certificate &amp;file:</source>
      <translation>Tanúsítványfá&amp;jl:</translation>
    </message>
    <message>
      <source>Record calibration</source>
      <translation>Kalibrálás rögzítése</translation>
    </message>
    <message>
      <source>Valid until: must not be before the calibration date</source>
      <translation>Érvényesség vége: nem lehet korábbi a kalibrálás dátumánál</translation>
    </message>
    <message>
      <source>Calibration date: cannot be in the future</source>
      <translation>Kalibrálás dátuma: nem lehet a jövőben</translation>
    </message>
    <message>
      <source>Provider: required</source>
      <translation>Kalibráló szervezet: kötelező</translation>
    </message>
    <message>
      <source>Calibration certificate</source>
      <translation>Kalibrálási tanúsítvány</translation>
    </message>
    <message>
      <source>Documents (*.pdf *.png *.jpg *.jpeg);;All files (*)</source>
      <translation>Dokumentumok (*.pdf *.png *.jpg *.jpeg);;Minden fájl (*)</translation>
    </message>
    <message>
      <source>Cannot read {name}: {reason}</source>
      <translation>A(z) {name} nem olvasható: {reason}</translation>
    </message>
    <message>
      <source>Calibration certificate {number}</source>
      <translation>Kalibrálási tanúsítvány {number}</translation>
    </message>
  </context>
  <context>
    <name>OverrideDialog</name>
    <message>
      <source>Record calibration override</source>
      <translation>Kalibrálási felülbírálat rögzítése</translation>
    </message>
    <message>
      <source>Why may it be used although it is out of calibration?</source>
      <translation>Miért használható, bár lejárt a kalibrálása?</translation>
    </message>
    <message>
      <source>For one use only</source>
      <translation>Csak egyszeri használatra</translation>
    </message>
    <message>
      <source>&amp;Justification:</source>
      <translation>&amp;Indoklás:</translation>
    </message>
    <message>
      <source>Valid &amp;from:</source>
      <translation>Érvényes e&amp;ttől:</translation>
    </message>
    <message>
      <source>Valid &amp;until:</source>
      <translation>Érvényes &amp;eddig:</translation>
    </message>
    <message>
      <source>Record override</source>
      <translation>Felülbírálat rögzítése</translation>
    </message>
    <message numerus="yes">
      <source>Justification: at least %n characters</source>
      <translation>
        <numerusform>Indoklás: legalább %n karakter</numerusform>
      </translation>
    </message>
    <message>
      <source>Valid until: must not be before the first day</source>
      <translation>Érvényes eddig: nem lehet korábbi az első napnál</translation>
    </message>
  </context>
  <context>
    <name>CalibrationTab</name>
    <message>
      <source>Pass</source>
      <translation>Megfelelt</translation>
    </message>
    <message>
      <source>Adjusted</source>
      <translation>Beállítva</translation>
    </message>
    <message>
      <source>Fail</source>
      <translation>Nem felelt meg</translation>
    </message>
    <message>
      <source>&amp;Add calibration…</source>
      <translation>Kalibrálás &amp;hozzáadása…</translation>
    </message>
    <message>
      <source>Record &amp;override…</source>
      <translation>&amp;Felülbírálat rögzítése…</translation>
    </message>
    <message>
      <source>Re&amp;voke override…</source>
      <translation>Felülbírálat &amp;visszavonása…</translation>
    </message>
    <message>
      <source>Only a manager can record an override.</source>
      <translation>Felülbírálatot csak vezető rögzíthet.</translation>
    </message>
    <message>
      <source>Only a manager can revoke an override.</source>
      <translation>Felülbírálatot csak vezető vonhat vissza.</translation>
    </message>
    <message>
      <source>Calibrated</source>
      <translation>Kalibrálva</translation>
    </message>
    <message>
      <source>Valid until</source>
      <translation>Érvényes</translation>
    </message>
    <message>
      <source>Provider</source>
      <translation>Kalibráló</translation>
    </message>
    <message>
      <source>Accr.</source>
      <translation>Akkr.</translation>
    </message>
    <message>
      <source>Certificate</source>
      <translation>Tanúsítvány</translation>
    </message>
    <message>
      <source>Result</source>
      <translation>Eredmény</translation>
    </message>
    <message>
      <source>File</source>
      <translation>Fájl</translation>
    </message>
    <message>
      <source>From</source>
      <translation>Kezdete</translation>
    </message>
    <message>
      <source>Until</source>
      <translation>Vége</translation>
    </message>
    <message>
      <source>Granted by</source>
      <translation>Engedélyezte</translation>
    </message>
    <message>
      <source>State</source>
      <translation>Állapot</translation>
    </message>
    <message>
      <source>Justification</source>
      <translation>Indoklás</translation>
    </message>
    <message>
      <source>&lt;b&gt;Overrides&lt;/b&gt; (use while out of calibration)</source>
      <translation>&lt;b&gt;Felülbírálatok&lt;/b&gt; (használat lejárt kalibrálás mellett)</translation>
    </message>
    <message>
      <source>Revoke override</source>
      <translation>Felülbírálat visszavonása</translation>
    </message>
    <message>
      <source>Revoke the override valid from {start} to {end}? The instrument can no longer be used under it; sessions and results that already used it keep it.</source>
      <translation>Visszavonja a(z) {start} és {end} között érvényes felülbírálatot? A mérőeszköz ennek alapján már nem használható; azok a munkamenetek és eredmények, amelyek már felhasználták, megtartják.</translation>
    </message>
  </context>
  <context>
    <name>DocumentsTableModel</name>
    <message>
      <source>Name</source>
      <translation>Név</translation>
    </message>
    <message>
      <source>Type</source>
      <translation>Típus</translation>
    </message>
    <message>
      <source>Size</source>
      <translation>Méret</translation>
    </message>
    <message>
      <source>Description</source>
      <translation>Leírás</translation>
    </message>
    <message>
      <source>Added by</source>
      <translation>Feltöltötte</translation>
    </message>
    <message>
      <source>Added at</source>
      <translation>Feltöltés ideje</translation>
    </message>
  </context>
  <context>
    <name>DocumentsTab</name>
    <message>
      <source>File</source>
      <translation>Fájl</translation>
    </message>
    <message>
      <source>{name}: {size} MB is larger than the limit of {limit} MB</source>
      <translation>{name}: {size} MB, ami meghaladja a {limit} MB-os korlátot</translation>
    </message>
    <message>
      <source>Add a document</source>
      <translation>Dokumentum hozzáadása</translation>
    </message>
    <message>
      <source>Documents ({patterns})</source>
      <translation>Dokumentumok ({patterns})</translation>
    </message>
    <message>
      <source>Save the document as</source>
      <translation>Dokumentum mentése másként</translation>
    </message>
    <message>
      <source>&amp;Add…</source>
      <translation>&amp;Hozzáadás…</translation>
    </message>
    <message>
      <source>&amp;Save as…</source>
      <translation>Mentés &amp;másként…</translation>
    </message>
    <message>
      <source>&amp;Delete</source>
      <translation>&amp;Törlés</translation>
    </message>
    <message>
      <source>PDF, images, text and office files up to {limit} MB</source>
      <translation>PDF, képek, szöveges és irodai fájlok legfeljebb {limit} MB méretig</translation>
    </message>
    <message>
      <source>Only a manager or an administrator deletes documents.</source>
      <translation>Dokumentumot csak vezető vagy rendszergazda törölhet.</translation>
    </message>
    <message>
      <source>cannot read {name}: {reason}</source>
      <translation>a(z) {name} nem olvasható: {reason}</translation>
    </message>
    <message>
      <source>cannot write {name}: {reason}</source>
      <translation>a(z) {name} nem írható: {reason}</translation>
    </message>
    <message>
      <source>Delete {name}? A backup made earlier still holds it.</source>
      <translation>Törli a következőt: {name}? Egy korábban készült biztonsági mentés továbbra is tartalmazza.</translation>
    </message>
    <message>
      <source>Delete the document</source>
      <translation>Dokumentum törlése</translation>
    </message>
  </context>
  <context>
    <name>EquipmentForm</name>
    <message>
      <source>not a number</source>
      <translation>nem szám</translation>
    </message>
    <message>
      <source>must be zero or more</source>
      <translation>nem lehet negatív</translation>
    </message>
    <message>
      <source>not a whole number</source>
      <translation>nem egész szám</translation>
    </message>
    <message>
      <source>must be at least {n}</source>
      <translation>nem lehet kisebb, mint {n}</translation>
    </message>
    <message>
      <source>not a date (YYYY-MM-DD)</source>
      <translation>nem dátum (ÉÉÉÉ-HH-NN)</translation>
    </message>
    <message>
      <source>&amp;Bookable</source>
      <translation>Fogl&amp;alható</translation>
    </message>
    <message>
      <source>Requires operator &amp;qualification</source>
      <translation>Kezelői &amp;jogosultság szükséges</translation>
    </message>
    <message>
      <source>Measuring &amp;instrument (calibrated)</source>
      <translation>Mérő&amp;eszköz (kalibrált)</translation>
    </message>
    <message>
      <source>no limit</source>
      <translation>nincs korlát</translation>
    </message>
    <message>
      <source>none</source>
      <translation>nincs</translation>
    </message>
    <message>
      <source>Hourly &amp;rate:</source>
      <translation>Ó&amp;radíj:</translation>
    </message>
    <message>
      <source>Asset &amp;tag:</source>
      <translation>&amp;Leltári címke:</translation>
    </message>
    <message>
      <source>&amp;Name:</source>
      <translation>&amp;Név:</translation>
    </message>
    <message>
      <source>&amp;Category:</source>
      <translation>&amp;Kategória:</translation>
    </message>
    <message>
      <source>&amp;Location:</source>
      <translation>&amp;Helyszín:</translation>
    </message>
    <message>
      <source>&amp;Manufacturer:</source>
      <translation>&amp;Gyártó:</translation>
    </message>
    <message>
      <source>M&amp;odel:</source>
      <translation>M&amp;odell:</translation>
    </message>
    <message>
      <source>&amp;Serial number:</source>
      <translation>&amp;Sorozatszám:</translation>
    </message>
    <message>
      <source>&amp;Firmware/software:</source>
      <translation>&amp;Firmware/szoftver:</translation>
    </message>
    <message>
      <source>Commissioning &amp;date:</source>
      <translation>Üzembe helyezés &amp;dátuma:</translation>
    </message>
    <message>
      <source>Nominal &amp;power (kW):</source>
      <translation>Névleges &amp;teljesítmény (kW):</translation>
    </message>
    <message>
      <source>Max. booking (h):</source>
      <translation>Max. foglalás (h):</translation>
    </message>
    <message>
      <source>Min. notice (h):</source>
      <translation>Min. előzetes bejelentés (h):</translation>
    </message>
    <message>
      <source>No&amp;tes:</source>
      <translation>Megjegy&amp;zések:</translation>
    </message>
    <message>
      <source>required</source>
      <translation>kötelező</translation>
    </message>
    <message>
      <source>letters, digits and . _ / - only, at most 32 characters (e.g. ITC-0042)</source>
      <translation>csak betűk, számjegyek és . _ / - karakterek, legfeljebb 32 karakter (pl. ITC-0042)</translation>
    </message>
    <message>
      <source>cannot be in the future</source>
      <translation>nem lehet a jövőben</translation>
    </message>
    <message>
      <source>&amp;Save</source>
      <translation>&amp;Mentés</translation>
    </message>
    <message>
      <source>Re&amp;vert</source>
      <translation>&amp;Visszaállítás</translation>
    </message>
    <message>
      <source>Saved.</source>
      <translation>Mentve.</translation>
    </message>
    <message>
      <source>New equipment</source>
      <translation>Új berendezés</translation>
    </message>
    <message>
      <source>Create</source>
      <translation>Létrehozás</translation>
    </message>
  </context>
  <context>
    <name>ImportDialog</name>
    <message>
      <source>Import equipment from CSV</source>
      <translation>Berendezések importálása CSV-fájlból</translation>
    </message>
    <message>
      <source>UTF-8 (with or without BOM), comma or semicolon separated, with the header names of the export. Every row is checked first: if any row is wrong, nothing is imported.</source>
      <translation>UTF-8 (BOM-mal vagy anélkül), vesszővel vagy pontosvesszővel tagolva, az exportéval azonos fejlécnevekkel. Először minden sor ellenőrzésre kerül: ha bármelyik sor hibás, semmi sem lesz importálva.</translation>
    </message>
    <message>
      <source>&amp;Choose file…</source>
      <translation>&amp;Fájl kiválasztása…</translation>
    </message>
    <message>
      <source>Row</source>
      <translation>Sor</translation>
    </message>
    <message>
      <source>Column</source>
      <translation>Oszlop</translation>
    </message>
    <message>
      <source>Problem</source>
      <translation>Probléma</translation>
    </message>
    <message>
      <source>Import equipment</source>
      <translation>Berendezések importálása</translation>
    </message>
    <message>
      <source>Cannot read {name}: {reason}</source>
      <translation>A(z) {name} nem olvasható: {reason}</translation>
    </message>
    <message>
      <source>Checking {name}…</source>
      <translation>{name} ellenőrzése…</translation>
    </message>
    <message numerus="yes">
      <source>Nothing was imported: %n problem(s) to correct in the file.</source>
      <translation>
        <numerusform>Semmi sem lett importálva: a fájlban %n hibát kell javítani.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n piece(s) of equipment imported.</source>
      <translation>
        <numerusform>%n berendezés importálva.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>MaintenanceTab</name>
    <message>
      <source>Preventive</source>
      <translation>Megelőző</translation>
    </message>
    <message>
      <source>Corrective</source>
      <translation>Javító</translation>
    </message>
    <message>
      <source>Incident</source>
      <translation>Üzemzavar</translation>
    </message>
    <message>
      <source>ok</source>
      <translation>rendben</translation>
    </message>
    <message>
      <source>due</source>
      <translation>esedékes</translation>
    </message>
    <message>
      <source>overdue</source>
      <translation>késésben</translation>
    </message>
    <message>
      <source>open</source>
      <translation>nyitott</translation>
    </message>
    <message>
      <source>{kind}, blocking</source>
      <translation>{kind}, blokkoló</translation>
    </message>
    <message>
      <source>by {who}</source>
      <translation>végezte: {who}</translation>
    </message>
    <message>
      <source>recorded by {name}</source>
      <translation>rögzítette: {name}</translation>
    </message>
    <message>
      <source>&amp;Record maintenance…</source>
      <translation>Karbantartás &amp;rögzítése…</translation>
    </message>
    <message>
      <source>Finis&amp;h maintenance…</source>
      <translation>Karbantartás &amp;befejezése…</translation>
    </message>
    <message>
      <source>End the selected open maintenance work</source>
      <translation>A kijelölt, nyitott karbantartási munka lezárása</translation>
    </message>
    <message>
      <source>Return to ser&amp;vice…</source>
      <translation>&amp;Visszahelyezés üzembe…</translation>
    </message>
    <message>
      <source>Only a manager can return it to service.</source>
      <translation>Üzembe csak vezető helyezheti vissza.</translation>
    </message>
    <message>
      <source>New &amp;plan…</source>
      <translation>Új &amp;terv…</translation>
    </message>
    <message>
      <source>Managers and admins plan maintenance.</source>
      <translation>A karbantartást a vezetők és a rendszergazdák tervezik.</translation>
    </message>
    <message>
      <source>Plan</source>
      <translation>Terv</translation>
    </message>
    <message>
      <source>Every N days</source>
      <translation>N naponta</translation>
    </message>
    <message>
      <source>Every N h</source>
      <translation>N óránként</translation>
    </message>
    <message>
      <source>Last done</source>
      <translation>Utoljára</translation>
    </message>
    <message>
      <source>Next due</source>
      <translation>Következő</translation>
    </message>
    <message>
      <source>Hours left</source>
      <translation>Hátralévő óra</translation>
    </message>
    <message>
      <source>State</source>
      <translation>Állapot</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>Fajta</translation>
    </message>
    <message>
      <source>Started</source>
      <translation>Kezdete</translation>
    </message>
    <message>
      <source>Ended (downtime)</source>
      <translation>Vége (állásidő)</translation>
    </message>
    <message>
      <source>Description</source>
      <translation>Leírás</translation>
    </message>
    <message>
      <source>&lt;b&gt;Plans&lt;/b&gt;</source>
      <translation>&lt;b&gt;Tervek&lt;/b&gt;</translation>
    </message>
    <message>
      <source>&lt;b&gt;Records&lt;/b&gt;</source>
      <translation>&lt;b&gt;Bejegyzések&lt;/b&gt;</translation>
    </message>
    <message>
      <source>Out of service</source>
      <translation>Üzemen kívül</translation>
    </message>
    <message>
      <source>Under maintenance</source>
      <translation>Karbantartás alatt</translation>
    </message>
  </context>
  <context>
    <name>RecordMaintenanceDialog</name>
    <message>
      <source>Record maintenance</source>
      <translation>Karbantartás rögzítése</translation>
    </message>
    <message>
      <source>(no plan)</source>
      <translation>(nincs terv)</translation>
    </message>
    <message>
      <source>Finished at:</source>
      <translation>Befejezve:</translation>
    </message>
    <message>
      <source>(you, or the company below)</source>
      <translation>(Ön, vagy az alább megadott cég)</translation>
    </message>
    <message>
      <source>empty: done by lab staff</source>
      <translation>üres: a labor munkatársai végezték</translation>
    </message>
    <message>
      <source>Blocking: take the equipment out of service</source>
      <translation>Blokkoló: a berendezés üzemen kívül helyezése</translation>
    </message>
    <message>
      <source>&amp;Kind:</source>
      <translation>&amp;Fajta:</translation>
    </message>
    <message>
      <source>&amp;Plan:</source>
      <translation>&amp;Terv:</translation>
    </message>
    <message>
      <source>&amp;Started:</source>
      <translation>&amp;Kezdés:</translation>
    </message>
    <message>
      <source>&amp;Description:</source>
      <translation>&amp;Leírás:</translation>
    </message>
    <message>
      <source>Performed b&amp;y (staff):</source>
      <translation>&amp;Végezte (munkatárs):</translation>
    </message>
    <message>
      <source>External &amp;company:</source>
      <translation>Külső &amp;cég:</translation>
    </message>
    <message>
      <source>C&amp;ost:</source>
      <translation>Költsé&amp;g:</translation>
    </message>
    <message>
      <source>Record</source>
      <translation>Rögzítés</translation>
    </message>
    <message>
      <source>Description: required</source>
      <translation>Leírás: kötelező</translation>
    </message>
    <message>
      <source>End: must be after the start</source>
      <translation>Vége: a kezdés utáninak kell lennie</translation>
    </message>
    <message>
      <source>Cost: {problem}</source>
      <translation>Költség: {problem}</translation>
    </message>
  </context>
  <context>
    <name>FinishMaintenanceDialog</name>
    <message>
      <source>Finish maintenance</source>
      <translation>Karbantartás befejezése</translation>
    </message>
    <message>
      <source>{kind} since {start}:</source>
      <translation>{kind} {start} óta:</translation>
    </message>
    <message>
      <source>This is a blocking incident: the equipment stays out of service until a manager returns it to service.</source>
      <translation>Ez blokkoló üzemzavar: a berendezés üzemen kívül marad, amíg egy vezető vissza nem helyezi üzembe.</translation>
    </message>
    <message>
      <source>&amp;Finished at:</source>
      <translation>&amp;Befejezés ideje:</translation>
    </message>
    <message>
      <source>Finish</source>
      <translation>Befejezés</translation>
    </message>
    <message>
      <source>End: must be after the start</source>
      <translation>Vége: a kezdés utáni időpontnak kell lennie</translation>
    </message>
    <message>
      <source>End: cannot be in the future</source>
      <translation>Vége: nem lehet a jövőben</translation>
    </message>
  </context>
  <context>
    <name>NewPlanDialog</name>
    <message>
      <source>New maintenance plan</source>
      <translation>Új karbantartási terv</translation>
    </message>
    <message>
      <source>&amp;Description:</source>
      <translation>&amp;Leírás:</translation>
    </message>
    <message>
      <source>Every N &amp;days:</source>
      <translation>N &amp;naponként:</translation>
    </message>
    <message>
      <source>Every N operating &amp;hours:</source>
      <translation>N üzem&amp;óránként:</translation>
    </message>
    <message>
      <source>Create plan</source>
      <translation>Terv létrehozása</translation>
    </message>
    <message>
      <source>Every N days: a whole number above zero</source>
      <translation>N naponként: nullánál nagyobb egész szám</translation>
    </message>
    <message>
      <source>Every N operating hours: {problem}</source>
      <translation>N üzemóránként: {problem}</translation>
    </message>
    <message>
      <source>Every N operating hours: must be more than zero</source>
      <translation>N üzemóránként: nullánál nagyobbnak kell lennie</translation>
    </message>
    <message>
      <source>Description: required</source>
      <translation>Leírás: kötelező</translation>
    </message>
    <message>
      <source>Interval: give every N days, every N operating hours, or both</source>
      <translation>Intervallum: adja meg, hogy hány naponként, hány üzemóránként vagy mindkettő szerint</translation>
    </message>
  </context>
  <context>
    <name>ReturnToServiceDialog</name>
    <message>
      <source>Return to service</source>
      <translation>Visszahelyezés üzembe</translation>
    </message>
    <message>
      <source>What was checked or repaired?</source>
      <translation>Mit ellenőriztek vagy javítottak?</translation>
    </message>
    <message>
      <source>&amp;Note:</source>
      <translation>&amp;Megjegyzés:</translation>
    </message>
  </context>
  <context>
    <name>OperatorsTableModel</name>
    <message>
      <source>Operator</source>
      <translation>Kezelő</translation>
    </message>
    <message>
      <source>Granted by</source>
      <translation>Megadta</translation>
    </message>
    <message>
      <source>Granted on</source>
      <translation>Megadás dátuma</translation>
    </message>
    <message>
      <source>Valid until</source>
      <translation>Érvényes eddig</translation>
    </message>
    <message>
      <source>State</source>
      <translation>Állapot</translation>
    </message>
    <message>
      <source>Notes</source>
      <translation>Megjegyzések</translation>
    </message>
    <message>
      <source>no end</source>
      <translation>nincs lejárat</translation>
    </message>
  </context>
  <context>
    <name>GrantDialog</name>
    <message>
      <source>Grant a qualification</source>
      <translation>Jogosultság megadása</translation>
    </message>
    <message>
      <source>No end date</source>
      <translation>Nincs lejárati dátum</translation>
    </message>
    <message>
      <source>&amp;Operator:</source>
      <translation>&amp;Kezelő:</translation>
    </message>
    <message>
      <source>&amp;Valid until:</source>
      <translation>&amp;Érvényes eddig:</translation>
    </message>
    <message>
      <source>&amp;Notes:</source>
      <translation>&amp;Megjegyzések:</translation>
    </message>
    <message>
      <source>Grant</source>
      <translation>Megadás</translation>
    </message>
    <message>
      <source>Choose an operator.</source>
      <translation>Válasszon kezelőt.</translation>
    </message>
  </context>
  <context>
    <name>RevokeDialog</name>
    <message>
      <source>Revoke a qualification</source>
      <translation>Jogosultság visszavonása</translation>
    </message>
    <message>
      <source>Operator:</source>
      <translation>Kezelő:</translation>
    </message>
    <message>
      <source>&amp;Reason:</source>
      <translation>&amp;Indok:</translation>
    </message>
    <message>
      <source>Revoke</source>
      <translation>Visszavonás</translation>
    </message>
  </context>
  <context>
    <name>OperatorsTab</name>
    <message>
      <source>Show &amp;revoked</source>
      <translation>Visszavontak megjele&amp;nítése</translation>
    </message>
    <message>
      <source>&amp;Grant…</source>
      <translation>&amp;Megadás…</translation>
    </message>
    <message>
      <source>Re&amp;voke…</source>
      <translation>&amp;Visszavonás…</translation>
    </message>
    <message>
      <source>Only a manager or an administrator grants qualifications.</source>
      <translation>Jogosultságot csak vezető vagy rendszergazda adhat meg.</translation>
    </message>
  </context>
  <context>
    <name>EquipmentStatusActions</name>
    <message>
      <source>Retire equipment</source>
      <translation>Berendezés selejtezése</translation>
    </message>
    <message>
      <source>Retire {tag}? It stays in the history but can never be booked or used again.</source>
      <translation>Selejtezi a(z) {tag} berendezést? Az előzmények között megmarad, de többé nem foglalható és nem használható.</translation>
    </message>
  </context>
  <context>
    <name>StatusActions</name>
    <message>
      <source>Take out of service…</source>
      <translation>Üzemen kívül helyezés…</translation>
    </message>
    <message>
      <source>Retire…</source>
      <translation>Selejtezés…</translation>
    </message>
    <message>
      <source>Why (required, kept in the history):</source>
      <translation>Indoklás (kötelező, az előzményekben megmarad):</translation>
    </message>
    <message>
      <source>Take out of service</source>
      <translation>Üzemen kívül helyezés</translation>
    </message>
    <message>
      <source>Retire</source>
      <translation>Selejtezés</translation>
    </message>
  </context>
  <context>
    <name>UsageTableModel</name>
    <message>
      <source>Operator</source>
      <translation>Kezelő</translation>
    </message>
    <message>
      <source>Job</source>
      <translation>Megbízás</translation>
    </message>
    <message>
      <source>Purpose</source>
      <translation>Cél</translation>
    </message>
    <message>
      <source>Start</source>
      <translation>Kezdés</translation>
    </message>
    <message>
      <source>Stop</source>
      <translation>Leállítás</translation>
    </message>
    <message>
      <source>Hours</source>
      <translation>Órák</translation>
    </message>
    <message>
      <source>Energy kWh</source>
      <translation>Energia kWh</translation>
    </message>
    <message>
      <source>Flags</source>
      <translation>Jelzések</translation>
    </message>
    <message>
      <source>running</source>
      <translation>fut</translation>
    </message>
    <message>
      <source>probably forgotten</source>
      <translation>valószínűleg elfelejtették leállítani</translation>
    </message>
    <message>
      <source>corrected</source>
      <translation>javítva</translation>
    </message>
    <message>
      <source>Corrected: {reason}</source>
      <translation>Javítva: {reason}</translation>
    </message>
  </context>
  <context>
    <name>CorrectTimesDialog</name>
    <message>
      <source>Correct the times of a session</source>
      <translation>Munkamenet időpontjainak javítása</translation>
    </message>
    <message>
      <source>Still running (no stop time)</source>
      <translation>Még fut (nincs befejezési idő)</translation>
    </message>
    <message>
      <source>e.g. the operator forgot to stop it</source>
      <translation>pl. a kezelő elfelejtette leállítani</translation>
    </message>
    <message>
      <source>Operator:</source>
      <translation>Kezelő:</translation>
    </message>
    <message>
      <source>&amp;Start:</source>
      <translation>&amp;Kezdés:</translation>
    </message>
    <message>
      <source>S&amp;top:</source>
      <translation>&amp;Befejezés:</translation>
    </message>
    <message>
      <source>&amp;Reason:</source>
      <translation>&amp;Indok:</translation>
    </message>
    <message>
      <source>Correct</source>
      <translation>Javítás</translation>
    </message>
  </context>
  <context>
    <name>UsageTab</name>
    <message>
      <source>&amp;Correct times…</source>
      <translation>Időpontok &amp;javítása…</translation>
    </message>
    <message>
      <source>Only a manager can correct session times.</source>
      <translation>A munkamenetek időpontjait csak vezető javíthatja.</translation>
    </message>
    <message>
      <source>h</source>
      <translation>h</translation>
    </message>
    <message>
      <source>Hours of use per month</source>
      <translation>Használati órák havonta</translation>
    </message>
    <message>
      <source>{hours} hours of use in the last {n} months</source>
      <translation>Használat az elmúlt {n} hónapban: {hours} óra</translation>
    </message>
  </context>
  <context>
    <name>StartUseDialog</name>
    <message>
      <source>Start use</source>
      <translation>Használat indítása</translation>
    </message>
    <message>
      <source>optional, e.g. ITC-2026-0042</source>
      <translation>nem kötelező, pl. ITC-2026-0042</translation>
    </message>
    <message>
      <source>optional</source>
      <translation>nem kötelező</translation>
    </message>
    <message>
      <source>&amp;Job:</source>
      <translation>&amp;Megbízás:</translation>
    </message>
    <message>
      <source>&amp;Purpose:</source>
      <translation>&amp;Cél:</translation>
    </message>
    <message>
      <source>Start</source>
      <translation>Indítás</translation>
    </message>
    <message>
      <source>Not an open job of the lab: kept as a free reference.</source>
      <translation>Nem a labor nyitott megbízása: szabad szöveges hivatkozásként megmarad.</translation>
    </message>
  </context>
  <context>
    <name>StopUseDialog</name>
    <message>
      <source>Stop use</source>
      <translation>Használat befejezése</translation>
    </message>
    <message>
      <source>optional</source>
      <translation>nem kötelező</translation>
    </message>
    <message>
      <source>optional, hours</source>
      <translation>nem kötelező, órában</translation>
    </message>
    <message>
      <source>&amp;Notes:</source>
      <translation>&amp;Megjegyzések:</translation>
    </message>
    <message>
      <source>&amp;Hour meter:</source>
      <translation>Üzemóra-&amp;számláló:</translation>
    </message>
    <message>
      <source>&amp;Material used:</source>
      <translation>Felhasznált &amp;anyag:</translation>
    </message>
    <message>
      <source>Stop</source>
      <translation>Leállítás</translation>
    </message>
    <message>
      <source>Hour meter: {problem}</source>
      <translation>Üzemóra-számláló: {problem}</translation>
    </message>
  </context>
  <context>
    <name>MaterialDialog</name>
    <message>
      <source>Edit material</source>
      <translation>Anyag szerkesztése</translation>
    </message>
    <message>
      <source>Record a material</source>
      <translation>Anyag rögzítése</translation>
    </message>
    <message>
      <source>(no step)</source>
      <translation>(nincs lépés)</translation>
    </message>
    <message>
      <source>&amp;Material:</source>
      <translation>&amp;Anyag:</translation>
    </message>
    <message>
      <source>&amp;Quantity and unit:</source>
      <translation>&amp;Mennyiség és egység:</translation>
    </message>
    <message>
      <source>Unit &amp;cost:</source>
      <translation>Egység&amp;költség:</translation>
    </message>
    <message>
      <source>&amp;Step:</source>
      <translation>&amp;Lépés:</translation>
    </message>
    <message>
      <source>Save</source>
      <translation>Mentés</translation>
    </message>
    <message>
      <source>Material: required</source>
      <translation>Anyag: kötelező</translation>
    </message>
    <message>
      <source>Quantity: {problem}</source>
      <translation>Mennyiség: {problem}</translation>
    </message>
    <message>
      <source>required</source>
      <translation>kötelező</translation>
    </message>
    <message>
      <source>Unit cost: {problem}</source>
      <translation>Egységköltség: {problem}</translation>
    </message>
  </context>
  <context>
    <name>RatesPanel</name>
    <message>
      <source>Conversion rates</source>
      <translation>Átváltási árfolyamok</translation>
    </message>
    <message>
      <source>&amp;Convert</source>
      <translation>Át&amp;váltás</translation>
    </message>
    <message>
      <source>rate</source>
      <translation>árfolyam</translation>
    </message>
    <message>
      <source>1 {currency}: {problem}</source>
      <translation>1 {currency}: {problem}</translation>
    </message>
    <message>
      <source>enter the rate</source>
      <translation>adja meg az árfolyamot</translation>
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
      <translation>Lépés</translation>
    </message>
    <message>
      <source>Planned h</source>
      <translation>Tervezett h</translation>
    </message>
    <message>
      <source>Actual h</source>
      <translation>Tényleges h</translation>
    </message>
    <message>
      <source>Machine time</source>
      <translation>Gépidő</translation>
    </message>
    <message>
      <source>Materials</source>
      <translation>Anyagok</translation>
    </message>
    <message>
      <source>Total</source>
      <translation>Összesen</translation>
    </message>
  </context>
  <context>
    <name>MaterialsTableModel</name>
    <message>
      <source>Material</source>
      <translation>Anyag</translation>
    </message>
    <message>
      <source>Step</source>
      <translation>Lépés</translation>
    </message>
    <message>
      <source>Quantity</source>
      <translation>Mennyiség</translation>
    </message>
    <message>
      <source>Unit cost</source>
      <translation>Egységköltség</translation>
    </message>
    <message>
      <source>Amount</source>
      <translation>Összeg</translation>
    </message>
    <message>
      <source>Recorded by</source>
      <translation>Rögzítette</translation>
    </message>
  </context>
  <context>
    <name>CostsTab</name>
    <message>
      <source>Machine time:</source>
      <translation>Gépidő:</translation>
    </message>
    <message>
      <source>Materials:</source>
      <translation>Anyagok:</translation>
    </message>
    <message>
      <source>Total cost:</source>
      <translation>Összköltség:</translation>
    </message>
    <message>
      <source>Quoted price:</source>
      <translation>Ajánlati ár:</translation>
    </message>
    <message>
      <source>Quote − cost:</source>
      <translation>Ajánlat − költség:</translation>
    </message>
    <message>
      <source>&amp;Record material…</source>
      <translation>Anyag &amp;rögzítése…</translation>
    </message>
    <message>
      <source>&amp;Edit…</source>
      <translation>&amp;Szerkesztés…</translation>
    </message>
    <message>
      <source>Re&amp;move</source>
      <translation>&amp;Eltávolítás</translation>
    </message>
    <message>
      <source>&lt;b&gt;Materials&lt;/b&gt;</source>
      <translation>&lt;b&gt;Anyagok&lt;/b&gt;</translation>
    </message>
    <message>
      <source>{reference} is closed: no materials can be recorded.</source>
      <translation>A(z) {reference} lezárva: anyag nem rögzíthető.</translation>
    </message>
    <message>
      <source>This job is priced in {currency}, but some costs are in {others}. Enter the conversion rate to see the costs in {currency}; amounts are never added up without one.</source>
      <translation>Ez a megbízás {currency} pénznemben van árazva, de egyes költségek {others} pénznemben vannak. Adja meg az átváltási árfolyamot, hogy a költségeket {currency} pénznemben lássa; árfolyam nélkül az összegeket a program soha nem adja össze.</translation>
    </message>
    <message>
      <source>The rates below convert the costs to {currency}.</source>
      <translation>Az alábbi árfolyamok a költségeket {currency} pénznemre váltják át.</translation>
    </message>
    <message>
      <source>no quote</source>
      <translation>nincs árajánlat</translation>
    </message>
    <message>
      <source>Within the quote</source>
      <translation>Az árajánlaton belül</translation>
    </message>
    <message>
      <source>Over the quote</source>
      <translation>Az árajánlat felett</translation>
    </message>
    <message>
      <source>Converted to {currency} at {rates} (the rate entered here).</source>
      <translation>Átváltva {currency} pénznemre, árfolyam: {rates} (az itt megadott árfolyam).</translation>
    </message>
    <message numerus="yes">
      <source>%n usage session(s) still running: not counted yet.</source>
      <translation>
        <numerusform>%n használati munkamenet még fut: még nincs beszámítva.</numerusform>
      </translation>
    </message>
    <message>
      <source>No hourly rate for {names}: their hours cost nothing here.</source>
      <translation>Nincs óradíj a következőkhöz: {names}; óráik itt nem jelentenek költséget.</translation>
    </message>
    <message>
      <source>Remove material</source>
      <translation>Anyag eltávolítása</translation>
    </message>
    <message>
      <source>Remove “{description}” ({amount}) from the job's costs?</source>
      <translation>Eltávolítja a(z) „{description}” ({amount}) tételt a megbízás költségei közül?</translation>
    </message>
  </context>
  <context>
    <name>JobDetailPanel</name>
    <message>
      <source>overdue</source>
      <translation>késésben</translation>
    </message>
    <message>
      <source>Test re&amp;port…</source>
      <translation>Vizsgálati &amp;jegyzőkönyv…</translation>
    </message>
    <message>
      <source>Preview the job's test report as a draft; managers issue it from there</source>
      <translation>A megbízás vizsgálati jegyzőkönyvének előnézete piszkozatként; a vezetők innen adják ki</translation>
    </message>
    <message>
      <source>Intake s&amp;lip…</source>
      <translation>Átvé&amp;teli elismervény…</translation>
    </message>
    <message>
      <source>The slip for the customer, with a new kiosk access code and its QR code</source>
      <translation>Átvételi elismervény az ügyfélnek, új kioszk-hozzáférési kóddal és annak QR-kódjával</translation>
    </message>
    <message>
      <source>&amp;Save changes</source>
      <translation>Változások &amp;mentése</translation>
    </message>
    <message>
      <source>Regenerate &amp;kiosk code…</source>
      <translation>Kioszkkód új&amp;ragenerálása…</translation>
    </message>
    <message>
      <source>A new access code for the kiosk; the old one stops working.</source>
      <translation>Új hozzáférési kód a kioszkhoz; a régi kód nem működik tovább.</translation>
    </message>
    <message>
      <source>&amp;Overview</source>
      <translation>Á&amp;ttekintés</translation>
    </message>
    <message>
      <source>T&amp;imeline</source>
      <translation>&amp;Idővonal</translation>
    </message>
    <message>
      <source>St&amp;eps</source>
      <translation>&amp;Lépések</translation>
    </message>
    <message>
      <source>S&amp;pecimens</source>
      <translation>&amp;Próbatestek</translation>
    </message>
    <message>
      <source>Cos&amp;ts</source>
      <translation>&amp;Költségek</translation>
    </message>
    <message>
      <source>&amp;Results</source>
      <translation>&amp;Eredmények</translation>
    </message>
    <message>
      <source>Rep&amp;orts</source>
      <translation>&amp;Jegyzőkönyvek</translation>
    </message>
    <message>
      <source>Choose a job in the list.</source>
      <translation>Válasszon megbízást a listából.</translation>
    </message>
    <message>
      <source>no due date</source>
      <translation>nincs határidő</translation>
    </message>
    <message>
      <source>{title} — {company} · due {due}</source>
      <translation>{title} — {company} · határidő: {due}</translation>
    </message>
    <message>
      <source>Final state: no further status changes.</source>
      <translation>Végleges állapot: további állapotváltozás nem lehetséges.</translation>
    </message>
    <message>
      <source>The next status change is for a manager.</source>
      <translation>A következő állapotváltás vezetői hatáskör.</translation>
    </message>
    <message>
      <source>Resume ({status})…</source>
      <translation>Folytatás ({status})…</translation>
    </message>
    <message>
      <source>Quote sent…</source>
      <translation>Árajánlat elküldve…</translation>
    </message>
    <message>
      <source>Approve quote…</source>
      <translation>Árajánlat jóváhagyása…</translation>
    </message>
    <message>
      <source>Start work…</source>
      <translation>Munka megkezdése…</translation>
    </message>
    <message>
      <source>Start testing…</source>
      <translation>Vizsgálat megkezdése…</translation>
    </message>
    <message>
      <source>Complete…</source>
      <translation>Befejezés…</translation>
    </message>
    <message>
      <source>Delivered…</source>
      <translation>Átadva…</translation>
    </message>
    <message>
      <source>Put on hold…</source>
      <translation>Felfüggesztés…</translation>
    </message>
    <message>
      <source>Cancel job…</source>
      <translation>Megbízás törlése…</translation>
    </message>
    <message>
      <source>Saved.</source>
      <translation>Mentve.</translation>
    </message>
    <message>
      <source>New kiosk code</source>
      <translation>Új kioszkkód</translation>
    </message>
    <message>
      <source>Generate a new kiosk access code for {reference}? The code the customer has now stops working.</source>
      <translation>Új kioszk-hozzáférési kódot generál a(z) {reference} megbízáshoz? Az ügyfélnél lévő jelenlegi kód nem működik tovább.</translation>
    </message>
    <message>
      <source>Intake slip</source>
      <translation>Átvételi elismervény</translation>
    </message>
    <message>
      <source>Make the intake slip of {reference}? It carries a NEW kiosk access code: the code the customer has now stops working.</source>
      <translation>Elkészíti a(z) {reference} átvételi elismervényét? ÚJ kioszk-hozzáférési kódot tartalmaz: az ügyfélnél lévő jelenlegi kód nem működik tovább.</translation>
    </message>
    <message>
      <source>Intake slip of {reference}</source>
      <translation>A(z) {reference} átvételi elismervénye</translation>
    </message>
    <message>
      <source>Making the intake slip…</source>
      <translation>Az átvételi elismervény készül…</translation>
    </message>
  </context>
  <context>
    <name>JobForm</name>
    <message>
      <source>not an amount</source>
      <translation>nem érvényes összeg</translation>
    </message>
    <message>
      <source>must be zero or more</source>
      <translation>nullának vagy nagyobbnak kell lennie</translation>
    </message>
    <message>
      <source>at most two decimals</source>
      <translation>legfeljebb két tizedesjegy</translation>
    </message>
    <message>
      <source>e.g. S355J2, AlSi10Mg</source>
      <translation>pl. S355J2, AlSi10Mg</translation>
    </message>
    <message>
      <source>due</source>
      <translation>határidő</translation>
    </message>
    <message>
      <source>not quoted yet</source>
      <translation>még nincs árajánlat</translation>
    </message>
    <message>
      <source>Priority:</source>
      <translation>Prioritás:</translation>
    </message>
    <message>
      <source>C&amp;ompany:</source>
      <translation>&amp;Cég:</translation>
    </message>
    <message>
      <source>Co&amp;ntact:</source>
      <translation>&amp;Kapcsolattartó:</translation>
    </message>
    <message>
      <source>&amp;Title:</source>
      <translation>&amp;Megnevezés:</translation>
    </message>
    <message>
      <source>&amp;Description:</source>
      <translation>&amp;Leírás:</translation>
    </message>
    <message>
      <source>&amp;Material/grade:</source>
      <translation>&amp;Anyag/minőség:</translation>
    </message>
    <message>
      <source>&amp;Quantity:</source>
      <translation>Me&amp;nnyiség:</translation>
    </message>
    <message>
      <source>Requested &amp;on:</source>
      <translation>Kérés &amp;dátuma:</translation>
    </message>
    <message>
      <source>Responsible &amp;technician:</source>
      <translation>Felelős &amp;technikus:</translation>
    </message>
    <message>
      <source>Quoted &amp;price:</source>
      <translation>Ajánlati á&amp;r:</translation>
    </message>
    <message>
      <source>Customer order &amp;no.:</source>
      <translation>Ügyfél rendelés&amp;száma:</translation>
    </message>
    <message>
      <source>— choose a company —</source>
      <translation>— válasszon céget —</translation>
    </message>
    <message>
      <source>— nobody yet —</source>
      <translation>— még senki —</translation>
    </message>
    <message>
      <source>— none —</source>
      <translation>— nincs —</translation>
    </message>
    <message>
      <source>(inactive user)</source>
      <translation>(inaktív felhasználó)</translation>
    </message>
    <message>
      <source>Company: choose one</source>
      <translation>Cég: válasszon egyet</translation>
    </message>
    <message>
      <source>Title: required</source>
      <translation>Megnevezés: kötelező</translation>
    </message>
    <message>
      <source>Quoted price: {problem}</source>
      <translation>Ajánlati ár: {problem}</translation>
    </message>
    <message>
      <source>Due date: before the request date</source>
      <translation>Határidő: a kérés dátuma előtt van</translation>
    </message>
  </context>
  <context>
    <name>NewJobDialog</name>
    <message>
      <source>New job</source>
      <translation>Új megbízás</translation>
    </message>
    <message>
      <source>&amp;Register job</source>
      <translation>Megbízás &amp;rögzítése</translation>
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
      <translation>nem kötelező — ezt a szöveget az ügyfél is látja</translation>
    </message>
    <message>
      <source>&amp;Reason (required):</source>
      <translation>&amp;Indok (kötelező):</translation>
    </message>
    <message>
      <source>&amp;Internal note:</source>
      <translation>&amp;Belső megjegyzés:</translation>
    </message>
    <message>
      <source>&amp;Public note
(kiosk):</source>
      <translation>&amp;Nyilvános megjegyzés
(kioszk):</translation>
    </message>
    <message>
      <source>Change status</source>
      <translation>Állapot módosítása</translation>
    </message>
    <message>
      <source>Reason: required to cancel a job</source>
      <translation>Indok: a megbízás törléséhez kötelező</translation>
    </message>
  </context>
  <context>
    <name>AccessCodeDialog</name>
    <message>
      <source>Kiosk access code of {reference}</source>
      <translation>A(z) {reference} kioszk-hozzáférési kódja</translation>
    </message>
    <message>
      <source>The customer opens {reference} at the kiosk with this code:</source>
      <translation>Az ügyfél ezzel a kóddal nyithatja meg a(z) {reference} megbízást a kioszkon:</translation>
    </message>
    <message>
      <source>⚠ This code is shown only this once. Only its hash is stored, so it cannot be looked up later: write it down or pass it to the customer now. A manager can generate a new code (the old one then stops working).</source>
      <translation>⚠ Ez a kód csak most, egyetlen alkalommal jelenik meg. Csak a hash-értéke tárolódik, így később nem kereshető vissza: írja fel, vagy adja át most az ügyfélnek. Egy vezető új kódot generálhat (ekkor a régi nem működik tovább).</translation>
    </message>
    <message>
      <source>I have noted it</source>
      <translation>Feljegyeztem</translation>
    </message>
  </context>
  <context>
    <name>JobReportDialog</name>
    <message>
      <source>Test report of {reference}</source>
      <translation>A(z) {reference} vizsgálati jegyzőkönyve</translation>
    </message>
    <message>
      <source>&amp;Preview draft</source>
      <translation>Piszkozat &amp;előnézete</translation>
    </message>
    <message>
      <source>&amp;Issue report…</source>
      <translation>Jegyzőkönyv &amp;kiadása…</translation>
    </message>
    <message>
      <source>Language:</source>
      <translation>Nyelv:</translation>
    </message>
    <message>
      <source>Making the draft report…</source>
      <translation>A jegyzőkönyv-piszkozat készül…</translation>
    </message>
    <message>
      <source>Issue test report</source>
      <translation>Vizsgálati jegyzőkönyv kiadása</translation>
    </message>
    <message>
      <source>Issue the test report of {reference}? It gets the next report number and is archived for good; a later correction is an amendment.</source>
      <translation>Kiadja a(z) {reference} vizsgálati jegyzőkönyvét? A jegyzőkönyv a következő sorszámot kapja, és véglegesen archiválódik; egy későbbi javítás csak módosításként adható ki.</translation>
    </message>
    <message>
      <source>Issuing the test report…</source>
      <translation>A vizsgálati jegyzőkönyv kiadása…</translation>
    </message>
  </context>
  <context>
    <name>JobReportsTab</name>
    <message>
      <source>No test report of this job has been issued yet.</source>
      <translation>Ehhez a megbízáshoz még nem adtak ki vizsgálati jegyzőkönyvet.</translation>
    </message>
    <message>
      <source>Opening the archived report…</source>
      <translation>Az archivált jegyzőkönyv megnyitása…</translation>
    </message>
    <message>
      <source>Amendment of {number}</source>
      <translation>A(z) {number} módosítása</translation>
    </message>
    <message>
      <source>Issuing the amendment…</source>
      <translation>A módosítás kiadása…</translation>
    </message>
  </context>
  <context>
    <name>JobResultsTab</name>
    <message>
      <source>&amp;New result…</source>
      <translation>Ú&amp;j eredmény…</translation>
    </message>
    <message>
      <source>Open in &amp;Results</source>
      <translation>Megnyitás az &amp;Eredmények oldalon</translation>
    </message>
    <message>
      <source>No test results yet.</source>
      <translation>Még nincs vizsgálati eredmény.</translation>
    </message>
    <message>
      <source>{n} not judged</source>
      <translation>{n} nem értékelt</translation>
    </message>
    <message numerus="yes">
      <source>%n record(s): </source>
      <translation>
        <numerusform>%n eredmény: </numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>SpecimensTab</name>
    <message>
      <source>in the lab</source>
      <translation>a laborban</translation>
    </message>
    <message>
      <source>stored</source>
      <translation>tárolva</translation>
    </message>
    <message>
      <source>returned</source>
      <translation>visszaküldve</translation>
    </message>
    <message>
      <source>disposed of</source>
      <translation>megsemmisítve</translation>
    </message>
    <message>
      <source>&amp;Receive item…</source>
      <translation>Tétel á&amp;tvétele…</translation>
    </message>
    <message>
      <source>&amp;Edit…</source>
      <translation>&amp;Szerkesztés…</translation>
    </message>
    <message numerus="yes">
      <source>%n item(s), {in_lab} in the lab</source>
      <translation>
        <numerusform>%n tétel, ebből {in_lab} a laborban</numerusform>
      </translation>
    </message>
    <message>
      <source>on receipt: {condition}</source>
      <translation>átvételkor: {condition}</translation>
    </message>
    <message>
      <source>received {date}</source>
      <translation>átvéve: {date}</translation>
    </message>
    <message>
      <source>kept at {place}</source>
      <translation>tárolási hely: {place}</translation>
    </message>
    <message>
      <source>Received as {code}.</source>
      <translation>Átvéve {code} kóddal.</translation>
    </message>
    <message>
      <source>{code} saved.</source>
      <translation>{code} mentve.</translation>
    </message>
  </context>
  <context>
    <name>SpecimensTableModel</name>
    <message>
      <source>Code</source>
      <translation>Kód</translation>
    </message>
    <message>
      <source>Description</source>
      <translation>Leírás</translation>
    </message>
    <message>
      <source>Material</source>
      <translation>Anyag</translation>
    </message>
    <message>
      <source>Condition on receipt</source>
      <translation>Állapot átvételkor</translation>
    </message>
    <message>
      <source>Received</source>
      <translation>Átvéve</translation>
    </message>
    <message>
      <source>Storage location</source>
      <translation>Tárolási hely</translation>
    </message>
    <message>
      <source>Disposition</source>
      <translation>A próbatest sorsa</translation>
    </message>
    <message>
      <source>Returned/disposed on</source>
      <translation>Visszaküldés/megsemmisítés dátuma</translation>
    </message>
  </context>
  <context>
    <name>SpecimenDialog</name>
    <message>
      <source>Edit {code}</source>
      <translation>{code} szerkesztése</translation>
    </message>
    <message>
      <source>Receive an item</source>
      <translation>Tétel átvétele</translation>
    </message>
    <message>
      <source>given when saved</source>
      <translation>mentéskor kapja meg</translation>
    </message>
    <message>
      <source>e.g. as machined, no visible damage</source>
      <translation>pl. megmunkált állapotú, látható sérülés nélkül</translation>
    </message>
    <message>
      <source>Code:</source>
      <translation>Kód:</translation>
    </message>
    <message>
      <source>&amp;Description:</source>
      <translation>&amp;Leírás:</translation>
    </message>
    <message>
      <source>&amp;Material:</source>
      <translation>&amp;Anyag:</translation>
    </message>
    <message>
      <source>&amp;Condition on receipt:</source>
      <translation>Állapot át&amp;vételkor:</translation>
    </message>
    <message>
      <source>&amp;Received on:</source>
      <translation>Átvétel &amp;dátuma:</translation>
    </message>
    <message>
      <source>&amp;Storage location:</source>
      <translation>&amp;Tárolási hely:</translation>
    </message>
    <message>
      <source>D&amp;isposition:</source>
      <translation>Tétel &amp;sorsa:</translation>
    </message>
    <message>
      <source>Returned/disposed &amp;on:</source>
      <translation>Visszaküldés/megsemmisítés dát&amp;uma:</translation>
    </message>
    <message>
      <source>Save</source>
      <translation>Mentés</translation>
    </message>
    <message>
      <source>Description: required</source>
      <translation>Leírás: kötelező</translation>
    </message>
  </context>
  <context>
    <name>UsageLinesModel</name>
    <message>
      <source>Equipment</source>
      <translation>Berendezés</translation>
    </message>
    <message>
      <source>Operator</source>
      <translation>Kezelő</translation>
    </message>
    <message>
      <source>Start</source>
      <translation>Kezdés</translation>
    </message>
    <message>
      <source>Stop</source>
      <translation>Leállítás</translation>
    </message>
    <message>
      <source>Hours</source>
      <translation>Órák</translation>
    </message>
    <message>
      <source>Purpose</source>
      <translation>Cél</translation>
    </message>
    <message>
      <source>running</source>
      <translation>fut</translation>
    </message>
  </context>
  <context>
    <name>StepDialog</name>
    <message>
      <source>Edit step</source>
      <translation>Lépés szerkesztése</translation>
    </message>
    <message>
      <source>Add a step</source>
      <translation>Lépés hozzáadása</translation>
    </message>
    <message>
      <source>(no equipment)</source>
      <translation>(nincs berendezés)</translation>
    </message>
    <message>
      <source>&amp;Description:</source>
      <translation>&amp;Leírás:</translation>
    </message>
    <message>
      <source>&amp;Equipment:</source>
      <translation>&amp;Berendezés:</translation>
    </message>
    <message>
      <source>&amp;Planned hours:</source>
      <translation>&amp;Tervezett órák:</translation>
    </message>
    <message>
      <source>Save</source>
      <translation>Mentés</translation>
    </message>
    <message>
      <source>Description: required</source>
      <translation>Leírás: kötelező</translation>
    </message>
    <message>
      <source>Planned hours: {problem}</source>
      <translation>Tervezett órák: {problem}</translation>
    </message>
  </context>
  <context>
    <name>LinkUsageDialog</name>
    <message>
      <source>Link a usage session</source>
      <translation>Használati munkamenet hozzárendelése</translation>
    </message>
    <message>
      <source>Step {n} has no equipment. Edit the step and choose its machine first.</source>
      <translation>A(z) {n}. lépéshez nincs berendezés rendelve. Előbb szerkessze a lépést, és válassza ki a gépet.</translation>
    </message>
    <message>
      <source>No usage session on {equipment} is free to link (each belongs to a job).</source>
      <translation>A(z) {equipment} berendezésen nincs hozzárendelhető szabad használati munkamenet (mindegyik valamelyik megbízáshoz tartozik).</translation>
    </message>
    <message>
      <source>Usage sessions on {equipment} not yet booked to a job, newest first. The chosen one counts for step {n}.</source>
      <translation>A(z) {equipment} berendezés megbízáshoz még nem rendelt használati munkamenetei, a legújabbal kezdve. A kiválasztott a(z) {n}. lépéshez számít.</translation>
    </message>
    <message>
      <source>Link</source>
      <translation>Hozzárendelés</translation>
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
      <translation>Leírás</translation>
    </message>
    <message>
      <source>Equipment</source>
      <translation>Berendezés</translation>
    </message>
    <message>
      <source>Planned h</source>
      <translation>Tervezett h</translation>
    </message>
    <message>
      <source>Actual h</source>
      <translation>Tényleges h</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Állapot</translation>
    </message>
    <message numerus="yes">
      <source>+%n running</source>
      <translation>
        <numerusform>+%n fut</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>StepBookingsModel</name>
    <message>
      <source>Equipment</source>
      <translation>Berendezés</translation>
    </message>
    <message>
      <source>Booked for</source>
      <translation>Kinek a nevére</translation>
    </message>
    <message>
      <source>Start</source>
      <translation>Kezdés</translation>
    </message>
    <message>
      <source>End</source>
      <translation>Vége</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Állapot</translation>
    </message>
    <message>
      <source>Purpose</source>
      <translation>Cél</translation>
    </message>
  </context>
  <context>
    <name>StepsTab</name>
    <message>
      <source>&amp;Add step…</source>
      <translation>Lépés hozzá&amp;adása…</translation>
    </message>
    <message>
      <source>&amp;Edit…</source>
      <translation>&amp;Szerkesztés…</translation>
    </message>
    <message>
      <source>Move &amp;up</source>
      <translation>Mozgatás &amp;fel</translation>
    </message>
    <message>
      <source>Move &amp;down</source>
      <translation>Mozgatás &amp;le</translation>
    </message>
    <message>
      <source>&amp;Remove</source>
      <translation>&amp;Eltávolítás</translation>
    </message>
    <message>
      <source>&amp;Set status</source>
      <translation>Állapot &amp;beállítása</translation>
    </message>
    <message>
      <source>&amp;Link usage session…</source>
      <translation>Használati munkamenet &amp;hozzárendelése…</translation>
    </message>
    <message>
      <source>Unlin&amp;k from step</source>
      <translation>Le&amp;választás a lépésről</translation>
    </message>
    <message>
      <source>Only a manager or an administrator plans the steps.</source>
      <translation>A lépéseket csak vezető vagy rendszergazda tervezheti.</translation>
    </message>
    <message>
      <source>Usage sessions</source>
      <translation>Használati munkamenetek</translation>
    </message>
    <message>
      <source>Bookings</source>
      <translation>Foglalások</translation>
    </message>
    <message numerus="yes">
      <source>%n step(s): {planned} h planned, {actual} h used</source>
      <translation>
        <numerusform>%n lépés: {planned} h tervezett, {actual} h felhasznált</numerusform>
      </translation>
    </message>
    <message>
      <source>; {hours} h booked to the job on no step</source>
      <translation>; {hours} h a megbízáshoz rendelve, lépés nélkül</translation>
    </message>
    <message>
      <source>{reference} is {status}: its steps can no longer be changed.</source>
      <translation>A(z) {reference} állapota: {status}; lépései már nem módosíthatók.</translation>
    </message>
    <message>
      <source>Usage sessions of the step ({n})</source>
      <translation>A lépés használati munkamenetei ({n})</translation>
    </message>
    <message>
      <source>Bookings of the step ({n})</source>
      <translation>A lépés foglalásai ({n})</translation>
    </message>
    <message>
      <source>Remove step</source>
      <translation>Lépés eltávolítása</translation>
    </message>
    <message>
      <source>Remove step {n}, “{description}”, from the plan?</source>
      <translation>Eltávolítja a tervből a(z) {n}. lépést („{description}”)?</translation>
    </message>
  </context>
  <context>
    <name>JobTabs</name>
    <message>
      <source>not a number</source>
      <translation>nem szám</translation>
    </message>
    <message>
      <source>more than zero</source>
      <translation>nullánál nagyobb legyen</translation>
    </message>
    <message>
      <source>zero or more</source>
      <translation>nulla vagy több legyen</translation>
    </message>
    <message>
      <source>too large</source>
      <translation>túl nagy</translation>
    </message>
    <message numerus="yes">
      <source>at most %n decimal(s)</source>
      <translation>
        <numerusform>legfeljebb %n tizedesjegy</numerusform>
      </translation>
    </message>
    <message>
      <source>planned</source>
      <translation>tervezett</translation>
    </message>
    <message>
      <source>in progress</source>
      <translation>folyamatban</translation>
    </message>
    <message>
      <source>done</source>
      <translation>kész</translation>
    </message>
  </context>
  <context>
    <name>TimelineTab</name>
    <message>
      <source>Notes marked “public” are shown to the customer at the kiosk.</source>
      <translation>A „nyilvános” jelölésű megjegyzéseket az ügyfél a kioszkon látja.</translation>
    </message>
  </context>
  <context>
    <name>JobsPage</name>
    <message>
      <source>Open jobs</source>
      <translation>Nyitott megbízások</translation>
    </message>
    <message>
      <source>All jobs</source>
      <translation>Minden megbízás</translation>
    </message>
    <message>
      <source>O&amp;verdue</source>
      <translation>&amp;Késésben</translation>
    </message>
    <message>
      <source>Due this &amp;week</source>
      <translation>E&amp;heti határidő</translation>
    </message>
    <message>
      <source>Search reference, title, material, company…</source>
      <translation>Keresés azonosító, megnevezés, anyag, cég szerint…</translation>
    </message>
    <message>
      <source>&amp;New job…</source>
      <translation>Új &amp;megbízás…</translation>
    </message>
    <message>
      <source>All companies</source>
      <translation>Minden cég</translation>
    </message>
    <message>
      <source>Any technician</source>
      <translation>Bármely technikus</translation>
    </message>
    <message>
      <source>1 job</source>
      <translation>1 megbízás</translation>
    </message>
    <message>
      <source>{n} jobs</source>
      <translation>{n} megbízás</translation>
    </message>
  </context>
  <context>
    <name>pages</name>
    <message>
      <source>Dashboard</source>
      <translation>Áttekintés</translation>
    </message>
    <message>
      <source>Equipment</source>
      <translation>Berendezések</translation>
    </message>
    <message>
      <source>Bookings</source>
      <translation>Foglalások</translation>
    </message>
    <message>
      <source>Jobs</source>
      <translation>Megbízások</translation>
    </message>
    <message>
      <source>Results</source>
      <translation>Eredmények</translation>
    </message>
    <message>
      <source>Companies</source>
      <translation>Cégek</translation>
    </message>
    <message>
      <source>Reports</source>
      <translation>Jelentések</translation>
    </message>
    <message>
      <source>Admin</source>
      <translation>Adminisztráció</translation>
    </message>
    <message>
      <source>My account</source>
      <translation>Saját fiók</translation>
    </message>
  </context>
  <context>
    <name>ReportPane</name>
    <message>
      <source>Choose a report and its parameters, then make it.</source>
      <translation>Válasszon jelentést és paramétereket, majd készítse el.</translation>
    </message>
    <message>
      <source>Saved {path}</source>
      <translation>Mentve: {path}</translation>
    </message>
    <message>
      <source>Export &amp;XLSX…</source>
      <translation>Exportálás &amp;XLSX-be…</translation>
    </message>
    <message>
      <source>Export &amp;CSV…</source>
      <translation>Exportálás &amp;CSV-be…</translation>
    </message>
    <message>
      <source>Sent {pages} page(s) to the printer.</source>
      <translation>{pages} oldal elküldve a nyomtatóra.</translation>
    </message>
    <message>
      <source>Export the figures</source>
      <translation>Számadatok exportálása</translation>
    </message>
    <message>
      <source>Cannot write {path}: {reason}</source>
      <translation>A(z) {path} nem írható: {reason}</translation>
    </message>
  </context>
  <context>
    <name>IssuedReportsList</name>
    <message>
      <source>Search report number, job or company…</source>
      <translation>Keresés jegyzőkönyvszám, megbízás vagy cég szerint…</translation>
    </message>
    <message>
      <source>No report has been issued yet.</source>
      <translation>Még nem adtak ki jegyzőkönyvet.</translation>
    </message>
    <message>
      <source>&amp;Open</source>
      <translation>&amp;Megnyitás</translation>
    </message>
    <message>
      <source>Show the report exactly as issued, to reprint it</source>
      <translation>A jegyzőkönyv megjelenítése pontosan a kiadott formában, újranyomtatáshoz</translation>
    </message>
    <message>
      <source>A&amp;mend…</source>
      <translation>Mó&amp;dosítás…</translation>
    </message>
    <message>
      <source>Issue an amendment that replaces this report (the old one stays archived)</source>
      <translation>Módosítás kiadása, amely felváltja ezt a jegyzőkönyvet (a régi archiválva marad)</translation>
    </message>
    <message>
      <source>Report</source>
      <translation>Jegyzőkönyv</translation>
    </message>
    <message>
      <source>Job</source>
      <translation>Megbízás</translation>
    </message>
    <message>
      <source>Company</source>
      <translation>Cég</translation>
    </message>
    <message>
      <source>Issued</source>
      <translation>Kiadva</translation>
    </message>
    <message>
      <source>By</source>
      <translation>Kiadta</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Állapot</translation>
    </message>
    <message>
      <source>current</source>
      <translation>érvényes</translation>
    </message>
    <message>
      <source>superseded by {number}</source>
      <translation>felváltotta: {number}</translation>
    </message>
    <message>
      <source>amends {number}</source>
      <translation>a(z) {number} módosítása</translation>
    </message>
  </context>
  <context>
    <name>AmendDialog</name>
    <message>
      <source>Amend {number}</source>
      <translation>A(z) {number} módosítása</translation>
    </message>
    <message>
      <source>A new report, “Amendment to report {number}”, is issued from the job's approved results as they are now. {number} stays archived and is marked superseded.</source>
      <translation>Új jegyzőkönyv („Módosítás a(z) {number} jegyzőkönyvhöz”) kerül kiadásra a megbízás jóváhagyott eredményeiből, azok jelenlegi állapotában. A(z) {number} archiválva marad, és hatályát vesztettként jelölődik meg.</translation>
    </message>
    <message>
      <source>What was wrong or has changed</source>
      <translation>Mi volt hibás, vagy mi változott</translation>
    </message>
    <message>
      <source>Reason:</source>
      <translation>Indok:</translation>
    </message>
    <message>
      <source>Language:</source>
      <translation>Nyelv:</translation>
    </message>
    <message>
      <source>Issue amendment</source>
      <translation>Módosítás kiadása</translation>
    </message>
  </context>
  <context>
    <name>Reports</name>
    <message>
      <source>Draft test report of {reference} — not valid, not archived</source>
      <translation>A(z) {reference} vizsgálati jegyzőkönyvének piszkozata — nem érvényes, nincs archiválva</translation>
    </message>
    <message>
      <source>{number} — {reference}, issued {date} by {name}</source>
      <translation>{number} — {reference}, kiadva: {date}, kiadta: {name}</translation>
    </message>
    <message>
      <source>superseded by {number}</source>
      <translation>felváltotta: {number}</translation>
    </message>
    <message>
      <source>Intake slip of {reference} — carries a new kiosk access code</source>
      <translation>A(z) {reference} átvételi elismervénye — új kioszk-hozzáférési kódot tartalmaz</translation>
    </message>
    <message>
      <source>Usage report {period}: {count} equipment, {hours} used hours</source>
      <translation>Használati jelentés, {period}: {count} berendezés, {hours} használati óra</translation>
    </message>
  </context>
  <context>
    <name>UsagePanel</name>
    <message>
      <source>Month</source>
      <translation>Hónap</translation>
    </message>
    <message>
      <source>Quarter</source>
      <translation>Negyedév</translation>
    </message>
    <message>
      <source>Year</source>
      <translation>Év</translation>
    </message>
    <message>
      <source>Custom dates</source>
      <translation>Egyéni időszak</translation>
    </message>
    <message>
      <source>All categories</source>
      <translation>Minden kategória</translation>
    </message>
    <message>
      <source>None ticked: all equipment of the category.</source>
      <translation>Ha semmi sincs bejelölve: a kategória összes berendezése.</translation>
    </message>
    <message>
      <source>Period:</source>
      <translation>Időszak:</translation>
    </message>
    <message>
      <source>From – to:</source>
      <translation>Ettől – eddig:</translation>
    </message>
    <message>
      <source>Category:</source>
      <translation>Kategória:</translation>
    </message>
    <message>
      <source>Equipment:</source>
      <translation>Berendezés:</translation>
    </message>
    <message>
      <source>Q{n}</source>
      <translation>{n}. negyedév</translation>
    </message>
  </context>
  <context>
    <name>ReportsPage</name>
    <message>
      <source>Test report of a job</source>
      <translation>Megbízás vizsgálati jegyzőkönyve</translation>
    </message>
    <message>
      <source>Intake slip of a job</source>
      <translation>Megbízás átvételi elismervénye</translation>
    </message>
    <message>
      <source>Equipment usage report</source>
      <translation>Berendezés-használati jelentés</translation>
    </message>
    <message>
      <source>Job reference or title…</source>
      <translation>Megbízás azonosítója vagy megnevezése…</translation>
    </message>
    <message>
      <source>Job:</source>
      <translation>Megbízás:</translation>
    </message>
    <message>
      <source>&amp;Preview draft</source>
      <translation>Piszkozat &amp;előnézete</translation>
    </message>
    <message>
      <source>Every current result, watermarked “DRAFT — not valid”; nothing is stored</source>
      <translation>Minden aktuális eredmény, „PISZKOZAT — nem érvényes” vízjellel; semmi sem tárolódik</translation>
    </message>
    <message>
      <source>&amp;Issue report…</source>
      <translation>Jegyzőkönyv &amp;kiadása…</translation>
    </message>
    <message>
      <source>The approved results get the next report number and are archived for good</source>
      <translation>A jóváhagyott eredmények a következő jegyzőkönyvszámot kapják, és véglegesen archiválódnak</translation>
    </message>
    <message>
      <source>&amp;Make intake slip…</source>
      <translation>Átvételi elismervény &amp;készítése…</translation>
    </message>
    <message>
      <source>&amp;Make report</source>
      <translation>Jelentés &amp;készítése</translation>
    </message>
    <message>
      <source>Make a report</source>
      <translation>Jelentés készítése</translation>
    </message>
    <message>
      <source>Report:</source>
      <translation>Jelentés:</translation>
    </message>
    <message>
      <source>Language:</source>
      <translation>Nyelv:</translation>
    </message>
    <message>
      <source>Issued test reports</source>
      <translation>Kiadott vizsgálati jegyzőkönyvek</translation>
    </message>
    <message>
      <source>Making the draft report…</source>
      <translation>A jegyzőkönyv-piszkozat készül…</translation>
    </message>
    <message>
      <source>Issue test report</source>
      <translation>Vizsgálati jegyzőkönyv kiadása</translation>
    </message>
    <message>
      <source>Issue the test report of {job}? It gets the next report number and is archived for good; a later correction is an amendment.</source>
      <translation>Kiadja a(z) {job} vizsgálati jegyzőkönyvét? A jegyzőkönyv a következő sorszámot kapja, és véglegesen archiválódik; egy későbbi javítás csak módosításként adható ki.</translation>
    </message>
    <message>
      <source>Issuing the test report…</source>
      <translation>A vizsgálati jegyzőkönyv kiadása…</translation>
    </message>
    <message>
      <source>Intake slip</source>
      <translation>Átvételi elismervény</translation>
    </message>
    <message>
      <source>Make the intake slip of {job}? It carries a NEW kiosk access code: the code the customer has now stops working.</source>
      <translation>Elkészíti a(z) {job} átvételi elismervényét? ÚJ kioszk-hozzáférési kódot tartalmaz: az ügyfélnél lévő jelenlegi kód nem működik tovább.</translation>
    </message>
    <message>
      <source>Making the intake slip…</source>
      <translation>Az átvételi elismervény készül…</translation>
    </message>
    <message>
      <source>Adding up the usage figures…</source>
      <translation>A használati adatok összesítése…</translation>
    </message>
    <message>
      <source>Opening the archived report…</source>
      <translation>Az archivált jegyzőkönyv megnyitása…</translation>
    </message>
    <message>
      <source>Issuing the amendment…</source>
      <translation>A módosítás kiadása…</translation>
    </message>
  </context>
  <context>
    <name>DimensionalCharts</name>
    <message>
      <source>Characteristic:</source>
      <translation>Jellemző:</translation>
    </message>
    <message>
      <source>No series to chart: a control chart needs at least two whole subgroups of measurements.</source>
      <translation>Nincs ábrázolható adatsor: a szabályozókártyához legalább két teljes mérési alcsoport szükséges.</translation>
    </message>
  </context>
  <context>
    <name>ResultDetailPanel</name>
    <message>
      <source>Job / specimen</source>
      <translation>Megbízás / próbatest</translation>
    </message>
    <message>
      <source>Instrument</source>
      <translation>Mérőeszköz</translation>
    </message>
    <message>
      <source>Performed</source>
      <translation>Elvégezve</translation>
    </message>
    <message>
      <source>Conditions</source>
      <translation>Környezeti feltételek</translation>
    </message>
    <message>
      <source>Raw file</source>
      <translation>Nyers adatfájl</translation>
    </message>
    <message>
      <source>Reviewed</source>
      <translation>Ellenőrizve</translation>
    </message>
    <message>
      <source>Approved</source>
      <translation>Jóváhagyva</translation>
    </message>
    <message>
      <source>Revision</source>
      <translation>Módosított változat</translation>
    </message>
    <message>
      <source>Deviations</source>
      <translation>Eltérések</translation>
    </message>
    <message>
      <source>Remarks</source>
      <translation>Megjegyzések</translation>
    </message>
    <message>
      <source>&amp;Overlay the job's tensile specimens</source>
      <translation>A megbízás szakítópróbatestjeinek &amp;együttes megjelenítése</translation>
    </message>
    <message>
      <source>Choose a test record in the list.</source>
      <translation>Válasszon vizsgálati eredményt a listából.</translation>
    </message>
    <message>
      <source>Overall: the worst decision of the values</source>
      <translation>Összesített: az értékekre hozott legkedvezőtlenebb döntés</translation>
    </message>
    <message>
      <source>No limits: nothing was judged</source>
      <translation>Nincs határérték: semmi sem lett értékelve</translation>
    </message>
    <message>
      <source>used under calibration override #{id} (out of calibration that day)</source>
      <translation>a #{id} számú kalibrálási felülbírálattal használva (aznap lejárt kalibrálású volt)</translation>
    </message>
    <message>
      <source>{who}, {when}</source>
      <translation>{who}, {when}</translation>
    </message>
    <message>
      <source>{rh} % RH</source>
      <translation>{rh} % RH</translation>
    </message>
    <message>
      <source>SHA-256 {hash}</source>
      <translation>SHA-256 {hash}</translation>
    </message>
    <message>
      <source>not yet</source>
      <translation>még nem</translation>
    </message>
    <message>
      <source>reason: {reason}</source>
      <translation>indok: {reason}</translation>
    </message>
    <message>
      <source>← previous (rev. {n})</source>
      <translation>← előző ({n}. változat)</translation>
    </message>
    <message>
      <source>replaced by rev. {n} →</source>
      <translation>felváltotta a(z) {n}. változat →</translation>
    </message>
    <message>
      <source>No plot: the record cannot be recomputed.
{problem}</source>
      <translation>Nincs diagram: az eredmény nem számítható újra.
{problem}</translation>
    </message>
    <message>
      <source>No plot for this test.</source>
      <translation>Ehhez a vizsgálathoz nincs diagram.</translation>
    </message>
  </context>
  <context>
    <name>ResultEditorDialog</name>
    <message>
      <source>New {type} record</source>
      <translation>Új eredmény ({type})</translation>
    </message>
    <message>
      <source>Edit {type} record</source>
      <translation>Eredmény szerkesztése ({type})</translation>
    </message>
    <message>
      <source>Job</source>
      <translation>Megbízás</translation>
    </message>
    <message>
      <source>Specimen</source>
      <translation>Próbatest</translation>
    </message>
    <message>
      <source>Method</source>
      <translation>Módszer</translation>
    </message>
    <message>
      <source>Instrument</source>
      <translation>Mérőeszköz</translation>
    </message>
    <message>
      <source>Override</source>
      <translation>Felülbírálat</translation>
    </message>
    <message>
      <source>Performed by</source>
      <translation>Végezte</translation>
    </message>
    <message>
      <source>Date and time</source>
      <translation>Dátum és idő</translation>
    </message>
    <message>
      <source>Temperature (°C)</source>
      <translation>Hőmérséklet (°C)</translation>
    </message>
    <message>
      <source>Humidity (%)</source>
      <translation>Páratartalom (%)</translation>
    </message>
    <message>
      <source>Deviations</source>
      <translation>Eltérések</translation>
    </message>
    <message>
      <source>Remarks</source>
      <translation>Megjegyzések</translation>
    </message>
    <message>
      <source>Test</source>
      <translation>Vizsgálat</translation>
    </message>
    <message>
      <source>Inputs</source>
      <translation>Bemenő adatok</translation>
    </message>
    <message>
      <source>Computed values</source>
      <translation>Számított értékek</translation>
    </message>
    <message>
      <source>Limits (empty row = no limits)</source>
      <translation>Határértékek (üres sor = nincs határérték)</translation>
    </message>
    <message>
      <source>(no specimen)</source>
      <translation>(nincs próbatest)</translation>
    </message>
    <message>
      <source>No instrument to choose</source>
      <translation>Nincs választható mérőeszköz</translation>
    </message>
    <message>
      <source>, valid until {date}</source>
      <translation>, érvényes eddig: {date}</translation>
    </message>
    <message>
      <source> — the test will be refused unless a manager's override is chosen</source>
      <translation> — a rendszer elutasítja a vizsgálatot, hacsak nem választanak vezetői felülbírálatot</translation>
    </message>
    <message>
      <source>(none)</source>
      <translation>(nincs)</translation>
    </message>
    <message>
      <source>choose a job</source>
      <translation>válasszon megbízást</translation>
    </message>
    <message>
      <source>choose an instrument</source>
      <translation>válasszon mérőeszközt</translation>
    </message>
    <message>
      <source>choose a specimen</source>
      <translation>válasszon próbatestet</translation>
    </message>
    <message>
      <source>Temperature</source>
      <translation>Hőmérséklet</translation>
    </message>
    <message>
      <source>Humidity</source>
      <translation>Páratartalom</translation>
    </message>
  </context>
  <context>
    <name>LimitsTable</name>
    <message>
      <source>Lower</source>
      <translation>Alsó</translation>
    </message>
    <message>
      <source>Upper</source>
      <translation>Felső</translation>
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
      <translation>Szabály</translation>
    </message>
    <message>
      <source>Source</source>
      <translation>Forrás</translation>
    </message>
    <message>
      <source>simple</source>
      <translation>egyszerű</translation>
    </message>
    <message>
      <source>guard band ISO 14253-1</source>
      <translation>védősáv ISO 14253-1</translation>
    </message>
    <message>
      <source>lower</source>
      <translation>alsó</translation>
    </message>
    <message>
      <source>upper</source>
      <translation>felső</translation>
    </message>
  </context>
  <context>
    <name>ValuesTable</name>
    <message>
      <source>Quantity</source>
      <translation>Mennyiség</translation>
    </message>
    <message>
      <source>Item</source>
      <translation>Tétel</translation>
    </message>
    <message>
      <source>Value</source>
      <translation>Érték</translation>
    </message>
    <message>
      <source>Unit</source>
      <translation>Mértékegység</translation>
    </message>
    <message>
      <source>Decision</source>
      <translation>Döntés</translation>
    </message>
    <message>
      <source>Flags</source>
      <translation>Jelzések</translation>
    </message>
  </context>
  <context>
    <name>TensilePanel</name>
    <message>
      <source>Import file…</source>
      <translation>Fájl importálása…</translation>
    </message>
    <message>
      <source>No file imported</source>
      <translation>Nincs importált fájl</translation>
    </message>
    <message>
      <source>Round (d0)</source>
      <translation>Kör (d0)</translation>
    </message>
    <message>
      <source>Flat (a0 × b0)</source>
      <translation>Lapos (a0 × b0)</translation>
    </message>
    <message>
      <source>Cross-section S0</source>
      <translation>Keresztmetszet S0</translation>
    </message>
    <message>
      <source>empty = 5.65·√S0</source>
      <translation>üres = 5,65·√S0</translation>
    </message>
    <message>
      <source>optional</source>
      <translation>nem kötelező</translation>
    </message>
    <message>
      <source>Report Rp1.0</source>
      <translation>Rp1.0 feltüntetése a jegyzőkönyvben</translation>
    </message>
    <message>
      <source>Shape</source>
      <translation>Alak</translation>
    </message>
    <message>
      <source>d0 (mm)</source>
      <translation>d0 (mm)</translation>
    </message>
    <message>
      <source>a0 thickness (mm)</source>
      <translation>a0 vastagság (mm)</translation>
    </message>
    <message>
      <source>b0 width (mm)</source>
      <translation>b0 szélesség (mm)</translation>
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
      <translation>Szakítógép adatfájlja</translation>
    </message>
    <message>
      <source>Machine records (*.txt *.csv *.TXT *.CSV *.dat);;All files (*)</source>
      <translation>Gépi adatfájlok (*.txt *.csv *.TXT *.CSV *.dat);;Minden fájl (*)</translation>
    </message>
    <message>
      <source>{name} (stored)</source>
      <translation>{name} (tárolt)</translation>
    </message>
    <message>
      <source>File</source>
      <translation>Fájl</translation>
    </message>
    <message>
      <source>import the machine's raw file first</source>
      <translation>előbb importálja a gép nyers adatfájlját</translation>
    </message>
    <message>
      <source>Diameter d0</source>
      <translation>Átmérő d0</translation>
    </message>
    <message>
      <source>Thickness a0</source>
      <translation>Vastagság a0</translation>
    </message>
    <message>
      <source>Width b0</source>
      <translation>Szélesség b0</translation>
    </message>
    <message>
      <source>required</source>
      <translation>kötelező</translation>
    </message>
    <message>
      <source>Import {name} again: the draft kept what was typed, not the file</source>
      <translation>Importálja újra: {name} — a piszkozat a begépelt értékeket őrizte meg, a fájlt nem</translation>
    </message>
  </context>
  <context>
    <name>TableButtons</name>
    <message>
      <source>Add row</source>
      <translation>Sor hozzáadása</translation>
    </message>
    <message>
      <source>Remove row</source>
      <translation>Sor eltávolítása</translation>
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
      <translation>nem kötelező</translation>
    </message>
    <message>
      <source>Method</source>
      <translation>Módszer</translation>
    </message>
    <message>
      <source>Test force</source>
      <translation>Vizsgálóerő</translation>
    </message>
    <message>
      <source>Rockwell scale</source>
      <translation>Rockwell-skála</translation>
    </message>
    <message>
      <source>Ball D (mm)</source>
      <translation>Golyó D (mm)</translation>
    </message>
    <message>
      <source>Force F (kgf)</source>
      <translation>Erő F (kgf)</translation>
    </message>
    <message>
      <source>Specimen thickness (mm)</source>
      <translation>Próbatest vastagsága (mm)</translation>
    </message>
    <message>
      <source>Readings per indentation</source>
      <translation>Leolvasások lenyomatonként</translation>
    </message>
    <message>
      <source>Value</source>
      <translation>Érték</translation>
    </message>
    <message>
      <source>HV / flags</source>
      <translation>HV / jelzések</translation>
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
      <translation>HBW / jelzések</translation>
    </message>
    <message>
      <source>Indentation {n}</source>
      <translation>{n}. lenyomat</translation>
    </message>
    <message>
      <source>Ball D</source>
      <translation>Golyó D</translation>
    </message>
    <message>
      <source>Force F</source>
      <translation>Erő F</translation>
    </message>
    <message>
      <source>Specimen thickness</source>
      <translation>Próbatest vastagsága</translation>
    </message>
    <message>
      <source>Mean {mean}, range {range}</source>
      <translation>Átlag {mean}, terjedelem {range}</translation>
    </message>
  </context>
  <context>
    <name>CharpyPanel</name>
    <message>
      <source>V-notch</source>
      <translation>V-bemetszés</translation>
    </message>
    <message>
      <source>U-notch</source>
      <translation>U-bemetszés</translation>
    </message>
    <message>
      <source>2 mm striker (KV2)</source>
      <translation>2 mm-es ütőél (KV2)</translation>
    </message>
    <message>
      <source>8 mm striker (KV8)</source>
      <translation>8 mm-es ütőél (KV8)</translation>
    </message>
    <message>
      <source>Notch</source>
      <translation>Bemetszés</translation>
    </message>
    <message>
      <source>Striker</source>
      <translation>Ütőél</translation>
    </message>
    <message>
      <source>Pendulum initial energy (J)</source>
      <translation>Inga kezdeti energiája (J)</translation>
    </message>
    <message>
      <source>Test temperature (°C)</source>
      <translation>Vizsgálati hőmérséklet (°C)</translation>
    </message>
    <message>
      <source>Specimen size</source>
      <translation>Próbatest mérete</translation>
    </message>
    <message>
      <source>Absorbed energy (J)</source>
      <translation>Elnyelt energia (J)</translation>
    </message>
    <message>
      <source>Flags</source>
      <translation>Jelzések</translation>
    </message>
    <message>
      <source>Specimen {n}</source>
      <translation>{n}. próbatest</translation>
    </message>
    <message>
      <source>Initial energy</source>
      <translation>Kezdeti energia</translation>
    </message>
    <message>
      <source>Test temperature</source>
      <translation>Vizsgálati hőmérséklet</translation>
    </message>
    <message>
      <source>above 80 % of the initial energy</source>
      <translation>a kezdeti energia 80 %-a felett</translation>
    </message>
    <message>
      <source>{symbol}: mean {mean} J, lowest single value {low} J</source>
      <translation>{symbol}: átlag {mean} J, legkisebb egyedi érték {low} J</translation>
    </message>
  </context>
  <context>
    <name>DimensionalPanel</name>
    <message>
      <source>Name</source>
      <translation>Név</translation>
    </message>
    <message>
      <source>Nominal</source>
      <translation>Névleges</translation>
    </message>
    <message>
      <source>− tol</source>
      <translation>− tűrés</translation>
    </message>
    <message>
      <source>+ tol</source>
      <translation>+ tűrés</translation>
    </message>
    <message>
      <source>Unit</source>
      <translation>Mértékegység</translation>
    </message>
    <message>
      <source>U</source>
      <translation>U</translation>
    </message>
    <message>
      <source>Rule</source>
      <translation>Szabály</translation>
    </message>
    <message>
      <source>Subgroup size</source>
      <translation>Alcsoportméret</translation>
    </message>
    <message>
      <source>One measured value per line (paste a column)</source>
      <translation>Soronként egy mért érték (beilleszthet egy oszlopot)</translation>
    </message>
    <message>
      <source>Measured values</source>
      <translation>Mért értékek</translation>
    </message>
    <message>
      <source>Per value</source>
      <translation>Értékenként</translation>
    </message>
    <message>
      <source>simple</source>
      <translation>egyszerű</translation>
    </message>
    <message>
      <source>guard band</source>
      <translation>védősáv</translation>
    </message>
    <message>
      <source>Measured values of {name}</source>
      <translation>{name} mért értékei</translation>
    </message>
    <message>
      <source>row {n}</source>
      <translation>{n}. sor</translation>
    </message>
    <message>
      <source>nominal</source>
      <translation>névleges</translation>
    </message>
    <message>
      <source>required</source>
      <translation>kötelező</translation>
    </message>
    <message>
      <source>subgroup size</source>
      <translation>alcsoportméret</translation>
    </message>
    <message>
      <source>Cp/Cpk once the series is complete</source>
      <translation>Cp/Cpk, ha a sorozat teljes</translation>
    </message>
  </context>
  <context>
    <name>ResultActions</name>
    <message>
      <source>Your role does not enter test results.</source>
      <translation>Az Ön szerepköre nem rögzíthet vizsgálati eredményeket.</translation>
    </message>
    <message>
      <source>Choose a record in the list.</source>
      <translation>Válasszon eredményt a listából.</translation>
    </message>
    <message>
      <source>Only a draft can be changed; an approved record is corrected by a revision.</source>
      <translation>Csak piszkozat módosítható; a jóváhagyott eredményt új módosított változattal lehet javítani.</translation>
    </message>
    <message>
      <source>Your role does not review test results.</source>
      <translation>Az Ön szerepköre nem ellenőrizhet vizsgálati eredményeket.</translation>
    </message>
    <message>
      <source>Only a draft is reviewed.</source>
      <translation>Csak piszkozat ellenőrizhető.</translation>
    </message>
    <message>
      <source>You performed this test; another person must review it.</source>
      <translation>Ezt a vizsgálatot Ön végezte; másnak kell ellenőriznie.</translation>
    </message>
    <message>
      <source>Only a reviewed record goes back to draft.</source>
      <translation>Csak ellenőrzött eredmény küldhető vissza piszkozatba.</translation>
    </message>
    <message>
      <source>Only a manager approves test results.</source>
      <translation>Vizsgálati eredményt csak vezető hagyhat jóvá.</translation>
    </message>
    <message>
      <source>The record must be reviewed before it is approved.</source>
      <translation>Az eredményt jóváhagyás előtt ellenőrizni kell.</translation>
    </message>
    <message>
      <source>The record is already approved.</source>
      <translation>Az eredmény már jóvá van hagyva.</translation>
    </message>
    <message>
      <source>You performed this test; another person must approve it.</source>
      <translation>Ezt a vizsgálatot Ön végezte; másnak kell jóváhagynia.</translation>
    </message>
    <message>
      <source>Only an approved record is corrected; edit the draft instead.</source>
      <translation>Csak jóváhagyott eredmény javítható; a piszkozatot inkább szerkessze.</translation>
    </message>
    <message>
      <source>Record {id} already corrects this one.</source>
      <translation>A(z) {id} azonosítójú eredmény már javítja ezt.</translation>
    </message>
    <message>
      <source>&amp;New record</source>
      <translation>&amp;Új eredmény</translation>
    </message>
    <message>
      <source>&amp;Edit…</source>
      <translation>&amp;Szerkesztés…</translation>
    </message>
    <message>
      <source>&amp;Review</source>
      <translation>&amp;Ellenőrzés</translation>
    </message>
    <message>
      <source>Return to &amp;draft…</source>
      <translation>Vissza &amp;piszkozatba…</translation>
    </message>
    <message>
      <source>&amp;Approve</source>
      <translation>&amp;Jóváhagyás</translation>
    </message>
    <message>
      <source>&amp;Correct (new revision)…</source>
      <translation>Ja&amp;vítás (új változat)…</translation>
    </message>
    <message>
      <source>D&amp;iscard draft…</source>
      <translation>Piszkozat elve&amp;tése…</translation>
    </message>
    <message>
      <source>{what} of {where}</source>
      <translation>{what}: {where}</translation>
    </message>
    <message>
      <source>Return to draft</source>
      <translation>Visszaküldés piszkozatba</translation>
    </message>
    <message>
      <source>{record} goes back to draft. What must be corrected?</source>
      <translation>A(z) {record} visszakerül piszkozatba. Mit kell javítani?</translation>
    </message>
    <message>
      <source>Approve</source>
      <translation>Jóváhagyás</translation>
    </message>
    <message>
      <source>Approve {record}? An approved record is locked: a later correction is a new revision.</source>
      <translation>Jóváhagyja: {record}? A jóváhagyott eredmény zárolódik: egy későbbi javítás új módosított változat lesz.</translation>
    </message>
    <message>
      <source>Correct an approved record</source>
      <translation>Jóváhagyott eredmény javítása</translation>
    </message>
    <message>
      <source>{record} stays as approved; a new revision {n} replaces it. Why is it corrected?</source>
      <translation>A(z) {record} jóváhagyott marad; a helyébe egy új, {n}. módosított változat lép. Miért javítják?</translation>
    </message>
    <message>
      <source>Discard draft</source>
      <translation>Piszkozat elvetése</translation>
    </message>
    <message>
      <source>Discard the draft {record}? It is deleted (the audit trail keeps it).</source>
      <translation>Elveti a(z) {record} piszkozatot? Törlődik (a naplózás megőrzi).</translation>
    </message>
  </context>
  <context>
    <name>ReasonDialog</name>
    <message>
      <source>Say what and why in a few words.</source>
      <translation>Néhány szóban írja le, mit és miért.</translation>
    </message>
  </context>
  <context>
    <name>ResultsPage</name>
    <message>
      <source>Job reference or title…</source>
      <translation>Megbízás azonosítója vagy megnevezése…</translation>
    </message>
    <message>
      <source>All tests</source>
      <translation>Minden vizsgálat</translation>
    </message>
    <message>
      <source>Any status</source>
      <translation>Bármely állapot</translation>
    </message>
    <message>
      <source>&amp;From</source>
      <translation>&amp;Ettől</translation>
    </message>
    <message>
      <source>&amp;To</source>
      <translation>Edd&amp;ig</translation>
    </message>
    <message>
      <source>Out of spec &amp;only</source>
      <translation>Csak az elő&amp;íráson kívüliek</translation>
    </message>
    <message>
      <source>Records with a failed or inconclusive value</source>
      <translation>Nem megfelelt vagy nem eldönthető értéket tartalmazó eredmények</translation>
    </message>
    <message>
      <source>Show &amp;superseded revisions</source>
      <translation>Hatályát vesztett &amp;változatok megjelenítése</translation>
    </message>
    <message>
      <source>Job:</source>
      <translation>Megbízás:</translation>
    </message>
    <message>
      <source>Instrument:</source>
      <translation>Mérőeszköz:</translation>
    </message>
    <message>
      <source>All jobs</source>
      <translation>Minden megbízás</translation>
    </message>
    <message>
      <source>Any instrument</source>
      <translation>Bármely mérőeszköz</translation>
    </message>
    <message numerus="yes">
      <source>%n record(s)</source>
      <translation>
        <numerusform>%n eredmény</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>MetadataModel</name>
    <message>
      <source>Key</source>
      <translation>Kulcs</translation>
    </message>
    <message>
      <source>Value</source>
      <translation>Érték</translation>
    </message>
    <message>
      <source>Unit</source>
      <translation>Mértékegység</translation>
    </message>
  </context>
  <context>
    <name>PreviewModel</name>
    <message>
      <source>not used</source>
      <translation>nem használt</translation>
    </message>
  </context>
  <context>
    <name>TensileImportDialog</name>
    <message>
      <source>Import tensile record – {name}</source>
      <translation>Szakítóvizsgálati adatfájl importálása – {name}</translation>
    </message>
    <message>
      <source>&amp;Import</source>
      <translation>&amp;Importálás</translation>
    </message>
    <message>
      <source>File format</source>
      <translation>Fájlformátum</translation>
    </message>
    <message>
      <source>Encoding:</source>
      <translation>Kódolás:</translation>
    </message>
    <message>
      <source>Delimiter:</source>
      <translation>Elválasztó:</translation>
    </message>
    <message>
      <source>Decimal sign:</source>
      <translation>Tizedesjel:</translation>
    </message>
    <message>
      <source>Thousands separator:</source>
      <translation>Ezreselválasztó:</translation>
    </message>
    <message>
      <source>Data rows:</source>
      <translation>Adatsorok:</translation>
    </message>
    <message>
      <source>Metadata</source>
      <translation>Metaadatok</translation>
    </message>
    <message>
      <source>The file has no metadata before the table.</source>
      <translation>A fájlban nincsenek metaadatok a táblázat előtt.</translation>
    </message>
    <message>
      <source>Columns used</source>
      <translation>Felhasznált oszlopok</translation>
    </message>
    <message>
      <source>Quantity</source>
      <translation>Mennyiség</translation>
    </message>
    <message>
      <source>Column in the file</source>
      <translation>Oszlop a fájlban</translation>
    </message>
    <message>
      <source>Unit</source>
      <translation>Mértékegység</translation>
    </message>
    <message>
      <source>Preview</source>
      <translation>Előnézet</translation>
    </message>
    <message>
      <source>Force</source>
      <translation>Erő</translation>
    </message>
    <message>
      <source>Extension</source>
      <translation>Megnyúlás</translation>
    </message>
    <message>
      <source>Strain</source>
      <translation>Nyúlás</translation>
    </message>
    <message>
      <source>Stress</source>
      <translation>Feszültség</translation>
    </message>
    <message>
      <source>Time</source>
      <translation>Idő</translation>
    </message>
    <message>
      <source>1 (fraction)</source>
      <translation>1 (arány)</translation>
    </message>
    <message>
      <source>This file cannot be imported; nothing is taken from it.
{reason}</source>
      <translation>Ez a fájl nem importálható; semmi sem kerül át belőle.
{reason}</translation>
    </message>
    <message>
      <source>tab</source>
      <translation>tabulátor</translation>
    </message>
    <message>
      <source>semicolon (;)</source>
      <translation>pontosvessző (;)</translation>
    </message>
    <message>
      <source>comma (,)</source>
      <translation>vessző (,)</translation>
    </message>
    <message>
      <source>point (.)</source>
      <translation>pont (.)</translation>
    </message>
    <message>
      <source>none</source>
      <translation>nincs</translation>
    </message>
    <message>
      <source>{rows} (from line {line})</source>
      <translation>{rows} ({line}. sortól)</translation>
    </message>
    <message>
      <source>Preview: first {n} of {rows} rows, in the file's units</source>
      <translation>Előnézet: az első {n} sor a(z) {rows} sorból, a fájl mértékegységeiben</translation>
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
      <translation>L0 nincs a fájlban</translation>
    </message>
    <message>
      <source>Specimen dimensions: none in the file; enter them with the result.</source>
      <translation>Próbatest méretei: a fájlban nincsenek; adja meg őket az eredménynél.</translation>
    </message>
    <message>
      <source>cross-section not in the file</source>
      <translation>a keresztmetszet nincs a fájlban</translation>
    </message>
    <message>
      <source>Specimen dimensions: {dims}</source>
      <translation>Próbatest méretei: {dims}</translation>
    </message>
    <message>
      <source>— not used —</source>
      <translation>— nem használt —</translation>
    </message>
    <message>
      <source>The unit stated in the file</source>
      <translation>A fájlban megadott mértékegység</translation>
    </message>
    <message>
      <source>The file gives no unit for this column: choose it</source>
      <translation>A fájl nem ad meg mértékegységet ehhez az oszlophoz: válassza ki</translation>
    </message>
    <message>
      <source>The columns were not recognised with certainty: check the mapping and the units below before you import.</source>
      <translation>Az oszlopokat nem sikerült biztosan felismerni: importálás előtt ellenőrizze a lenti hozzárendelést és mértékegységeket.</translation>
    </message>
    <message>
      <source>The table has no header row: choose the columns.</source>
      <translation>A táblázatnak nincs fejlécsora: válassza ki az oszlopokat.</translation>
    </message>
    <message>
      <source>Several columns look like {quantity}: {names}.</source>
      <translation>Több oszlop is lehet {quantity}: {names}.</translation>
    </message>
    <message>
      <source>{quantity}: the file gives no unit; check the one chosen.</source>
      <translation>{quantity}: a fájl nem ad meg mértékegységet; ellenőrizze a kiválasztottat.</translation>
    </message>
    <message>
      <source>This mapping cannot be imported: {reason}</source>
      <translation>Ez a hozzárendelés nem importálható: {reason}</translation>
    </message>
  </context>
  <context>
    <name>CalendarView</name>
    <message>
      <source>Maintenance: {0}</source>
      <translation>Karbantartás: {0}</translation>
    </message>
  </context>
  <context>
    <name>PdfPreview</name>
    <message>
      <source>Fit width</source>
      <translation>Szélességhez igazítás</translation>
    </message>
    <message>
      <source>Zoom out</source>
      <translation>Kicsinyítés</translation>
    </message>
    <message>
      <source>Zoom in</source>
      <translation>Nagyítás</translation>
    </message>
    <message>
      <source>&amp;Print…</source>
      <translation>&amp;Nyomtatás…</translation>
    </message>
    <message>
      <source>Save &amp;as…</source>
      <translation>Mentés &amp;másként…</translation>
    </message>
    <message>
      <source>Nothing to preview yet.</source>
      <translation>Még nincs mit megjeleníteni.</translation>
    </message>
    <message>
      <source>Page {page} of {count}</source>
      <translation>{page}. oldal / {count}</translation>
    </message>
    <message>
      <source>Print {name}</source>
      <translation>{name} nyomtatása</translation>
    </message>
    <message>
      <source>The printer {name} could not be started.</source>
      <translation>A(z) {name} nyomtató nem indítható el.</translation>
    </message>
    <message>
      <source>Save the PDF as</source>
      <translation>PDF mentése másként</translation>
    </message>
    <message>
      <source>PDF (*.pdf)</source>
      <translation>PDF (*.pdf)</translation>
    </message>
    <message>
      <source>Cannot write {path}: {reason}</source>
      <translation>A(z) {path} nem írható: {reason}</translation>
    </message>
  </context>
  <context>
    <name>ChartWidget</name>
    <message>
      <source>Export as &amp;PNG…</source>
      <translation>Exportálás &amp;PNG-ként…</translation>
    </message>
    <message>
      <source>Export as &amp;SVG…</source>
      <translation>Exportálás &amp;SVG-ként…</translation>
    </message>
    <message>
      <source>Export the chart</source>
      <translation>Diagram exportálása</translation>
    </message>
    <message>
      <source>SVG image (*.svg)</source>
      <translation>SVG-kép (*.svg)</translation>
    </message>
    <message>
      <source>PNG image (*.png)</source>
      <translation>PNG-kép (*.png)</translation>
    </message>
    <message>
      <source>Cannot write {path}: {reason}</source>
      <translation>A(z) {path} nem írható: {reason}</translation>
    </message>
  </context>
  <context>
    <name>HardnessPlot</name>
    <message>
      <source>Indentation</source>
      <translation>Lenyomat</translation>
    </message>
    <message>
      <source>Mean {value}</source>
      <translation>Átlag {value}</translation>
    </message>
    <message>
      <source>Lower limit {value}</source>
      <translation>Alsó határérték {value}</translation>
    </message>
    <message>
      <source>Upper limit {value}</source>
      <translation>Felső határérték {value}</translation>
    </message>
  </context>
  <context>
    <name>CharpyPlot</name>
    <message>
      <source>Specimen</source>
      <translation>Próbatest</translation>
    </message>
    <message>
      <source>{value} (lowest)</source>
      <translation>{value} (legkisebb)</translation>
    </message>
    <message>
      <source>Mean {symbol} = {value} J</source>
      <translation>Átlag {symbol} = {value} J</translation>
    </message>
    <message>
      <source>Required mean {value} J</source>
      <translation>Előírt átlag {value} J</translation>
    </message>
    <message>
      <source>{symbol} (J)</source>
      <translation>{symbol} (J)</translation>
    </message>
    <message>
      <source>{symbol} at {temperature} °C</source>
      <translation>{symbol}, {temperature} °C-on</translation>
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
      <translation>Alcsoport</translation>
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
      <translation>Gyakoriság</translation>
    </message>
    <message>
      <source>Value</source>
      <translation>Érték</translation>
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
      <translation>Nyúlás ε (%)</translation>
    </message>
    <message>
      <source>Stress σ (MPa)</source>
      <translation>Feszültség σ (MPa)</translation>
    </message>
    <message>
      <source>Show &amp;all</source>
      <translation>&amp;Teljes nézet</translation>
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
