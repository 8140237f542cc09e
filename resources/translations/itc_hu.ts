<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="hu_HU">
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
        <source>Wrong username or password, or the account is not an administrator.</source>
        <translation>Hibás felhasználónév vagy jelszó, vagy a fiók nem rendszergazdai.</translation>
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
        <source>Not issued yet</source>
        <translation>Még nem állították ki</translation>
    </message>
    <message>
        <source>Planned completion</source>
        <translation>Tervezett befejezés</translation>
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
    <message>
        <source>Too many attempts. Please wait {time} before trying again.</source>
        <translation>Túl sok próbálkozás. Kérjük, próbálja újra {time} múlva.</translation>
    </message>
    <message>
        <source>Not set yet</source>
        <translation>Még nincs megadva</translation>
    </message>
    <message>
        <source>Issued on {date}</source>
        <translation>Kiállítva: {date}</translation>
    </message>
    <message>
        <source>Ready for pickup at the reception (issued on {date})</source>
        <translation>Átvehető a recepción (kiállítva: {date})</translation>
    </message>
</context>
</TS>
