// The login form posts the access token with ASP.NET Core's anti-forgery field filled in.
'use strict';

if (params.get('failed')) say(document.getElementById('message'), 'ລະຫັດບໍ່ຖືກຕ້ອງ', 'That token is not right.', true);
api('/api/antiforgery').then(a => { document.getElementById('antiforgery').value = a.token; });
