<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sr_Latn_RS">
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
        <source>Wrong username or password, or the account is not an administrator.</source>
        <translation>Pogrešno korisničko ime ili lozinka, ili korisnik nije administrator.</translation>
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
        <source>Not issued yet</source>
        <translation>Još nije izdat</translation>
    </message>
    <message>
        <source>Planned completion</source>
        <translation>Planirani završetak</translation>
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
    <message>
        <source>Too many attempts. Please wait {time} before trying again.</source>
        <translation>Previše pokušaja. Pokušajte ponovo za {time}.</translation>
    </message>
    <message>
        <source>Not set yet</source>
        <translation>Još nije određen</translation>
    </message>
    <message>
        <source>Issued on {date}</source>
        <translation>Izdat {date}</translation>
    </message>
    <message>
        <source>Ready for pickup at the reception (issued on {date})</source>
        <translation>Spreman za preuzimanje na recepciji (izdat {date})</translation>
    </message>
</context>
</TS>
