<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sr_Cyrl_RS">
<context>
    <name>Kiosk</name>
    <message>
        <source>We could not find a job with this reference and access code. Please check both and try again.</source>
        <translation>Нисмо пронашли налог са овим бројем и приступним кодом. Проверите оба податка и покушајте поново.</translation>
    </message>
    <message>
        <source>Please type both the job reference and the access code.</source>
        <translation>Унесите и број налога и приступни код.</translation>
    </message>
    <message>
        <source>We have received your order and your parts.</source>
        <translation>Примили смо вашу поруџбину и ваше делове.</translation>
    </message>
    <message>
        <source>We have sent you a quote and are waiting for your approval.</source>
        <translation>Послали смо вам понуду и чекамо ваше одобрење.</translation>
    </message>
    <message>
        <source>Your order is approved and the work is scheduled.</source>
        <translation>Ваша поруџбина је одобрена и посао је заказан.</translation>
    </message>
    <message>
        <source>We are preparing your parts for testing.</source>
        <translation>Припремамо ваше делове за испитивање.</translation>
    </message>
    <message>
        <source>We are testing your parts.</source>
        <translation>Испитујемо ваше делове.</translation>
    </message>
    <message>
        <source>Testing is finished. We are preparing your report.</source>
        <translation>Испитивање је завршено. Припремамо ваш извештај.</translation>
    </message>
    <message>
        <source>Your job is finished and handed over. Thank you!</source>
        <translation>Ваш налог је завршен и предат. Хвала вам!</translation>
    </message>
    <message>
        <source>Work on your job is paused for the moment. We will contact you.</source>
        <translation>Рад на вашем налогу је привремено заустављен. Контактираћемо вас.</translation>
    </message>
    <message>
        <source>This job has been cancelled.</source>
        <translation>Овај налог је отказан.</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Примљено</translation>
    </message>
    <message>
        <source>Quote sent</source>
        <translation>Понуда послата</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Одобрено</translation>
    </message>
    <message>
        <source>Preparation</source>
        <translation>Припрема</translation>
    </message>
    <message>
        <source>Testing</source>
        <translation>Испитивање</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Завршено</translation>
    </message>
    <message>
        <source>Handed over</source>
        <translation>Предато</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Паузирано</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Отказано</translation>
    </message>
    <message>
        <source>Wrong username or password, or the account is not an administrator.</source>
        <translation>Погрешно корисничко име или лозинка, или корисник није администратор.</translation>
    </message>
    <message>
        <source>Staff exit</source>
        <translation>Излаз за особље</translation>
    </message>
    <message>
        <source>To leave the kiosk, sign with the username and password of an administrator.</source>
        <translation>За излазак из киоска унесите корисничко име и лозинку администратора.</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Корисничко име</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Лозинка</translation>
    </message>
    <message>
        <source>Leave the kiosk</source>
        <translation>Изађи из киоска</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Откажи</translation>
    </message>
    <message>
        <source>Job status</source>
        <translation>Статус налога</translation>
    </message>
    <message>
        <source>Check the status of your job</source>
        <translation>Проверите статус свог налога</translation>
    </message>
    <message>
        <source>Type the job reference and the access code from your intake slip, or hold the slip's QR code under the scanner.</source>
        <translation>Унесите број налога и приступни код са пријемнице или принесите QR код са пријемнице читачу.</translation>
    </message>
    <message>
        <source>Job reference</source>
        <translation>Број налога</translation>
    </message>
    <message>
        <source>e.g. ITC-2026-0007</source>
        <translation>нпр. ITC-2026-0007</translation>
    </message>
    <message>
        <source>Access code</source>
        <translation>Приступни код</translation>
    </message>
    <message>
        <source>6 digits</source>
        <translation>6 цифара</translation>
    </message>
    <message>
        <source>Show status</source>
        <translation>Прикажи статус</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Обриши</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Готово</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Историја</translation>
    </message>
    <message>
        <source>For your privacy this page closes by itself when nobody uses it.</source>
        <translation>Ради заштите ваших података ова страница се сама затвара када је нико не користи.</translation>
    </message>
    <message>
        <source>Temporarily unavailable</source>
        <translation>Привремено недоступно</translation>
    </message>
    <message>
        <source>The job status cannot be shown at the moment. Please ask at the reception. This screen tries again by itself.</source>
        <translation>Статус налога тренутно не може да се прикаже. Молимо вас да се обратите рецепцији. Екран ће сам покушати поново.</translation>
    </message>
    <message>
        <source>Not issued yet</source>
        <translation>Још није издат</translation>
    </message>
    <message>
        <source>Planned completion</source>
        <translation>Планирани завршетак</translation>
    </message>
    <message>
        <source>Specimens received</source>
        <translation>Примљени узорци</translation>
    </message>
    <message>
        <source>Specimens tested</source>
        <translation>Испитани узорци</translation>
    </message>
    <message>
        <source>Test report</source>
        <translation>Извештај о испитивању</translation>
    </message>
    <message>
        <source>Too many attempts. Please wait {time} before trying again.</source>
        <translation>Превише покушаја. Покушајте поново за {time}.</translation>
    </message>
    <message>
        <source>Not set yet</source>
        <translation>Још није одређен</translation>
    </message>
    <message>
        <source>Issued on {date}</source>
        <translation>Издат {date}</translation>
    </message>
    <message>
        <source>Ready for pickup at the reception (issued on {date})</source>
        <translation>Спреман за преузимање на рецепцији (издат {date})</translation>
    </message>
</context>
</TS>
