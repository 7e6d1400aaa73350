# واجهة مرصد بالعربية. لكل رسالة هنا نظيرها في en.ftl. صيغ الجمع الست: zero وone وtwo
# وfew (3–10) وmany (11–99) وother (100 فأكثر).

## شريط الحالة

status-characters = { $count ->
    [zero] لا محارف
    [one] محرف واحد
    [two] محرفان
    [few] { $count } محارف
    [many] { $count } محرفًا
   *[other] { $count } محرف
}
status-annotations = { $total ->
    [zero] لا توسيمات
    [one] توسيم واحد
    [two] توسيمان
    [few] { $total } توسيمات
    [many] { $total } توسيمًا
   *[other] { $total } توسيم
} ({ $actors ->
    [zero] لا فاعلين
    [one] فاعل واحد
    [two] فاعلان
    [few] { $actors } فاعلين
    [many] { $actors } فاعلًا
   *[other] { $actors } فاعل
}، { $locations ->
    [zero] لا مواقع
    [one] موقع واحد
    [two] موقعان
    [few] { $locations } مواقع
    [many] { $locations } موقعًا
   *[other] { $locations } موقع
}، { $claims ->
    [zero] لا ادعاءات
    [one] ادعاء واحد
    [two] ادعاءان
    [few] { $claims } ادعاءات
    [many] { $claims } ادعاءً
   *[other] { $claims } ادعاء
})
status-orphaned = { $count ->
    [zero] لا توسيمات يتيمة
    [one] توسيم يتيم واحد
    [two] توسيمان يتيمان
    [few] { $count } توسيمات يتيمة
    [many] { $count } توسيمًا يتيمًا
   *[other] { $count } توسيم يتيم
}

## عرض وسم المواضع الأخرى للكيان

offer-untagged = { $count ->
    [one] إشارة أخرى واحدة غير موسومة
    [two] إشارتان أخريان غير موسومتين
    [few] { $count } إشارات أخرى غير موسومة
    [many] { $count } إشارةً أخرى غير موسومة
   *[other] { $count } إشارة أخرى غير موسومة
} إلى «{ $name }» في هذه المقالة.
