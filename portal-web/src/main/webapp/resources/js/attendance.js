/*
 * The attendance page, enhanced: where the browser can read QR codes itself (BarcodeDetector) and
 * the page may use the camera, a button turns the tablet's camera into the scanner. Without it the
 * page works as before: a hardware scanner types the code into the field and presses Enter.
 */
(function () {
    "use strict";
    var field = document.getElementById("scan:code");
    if (!field) {
        return;
    }
    // after an unknown code the field still holds it: selected, the next scan replaces it
    field.select();

    var button = document.getElementById("camera");
    var video = document.getElementById("cameraView");
    var status = document.getElementById("cameraStatus");
    var policy = document.permissionsPolicy || document.featurePolicy;
    var cameraAllowed = !policy || policy.allowsFeature("camera");
    if (!button || !video || !("BarcodeDetector" in window) || !cameraAllowed || !navigator.mediaDevices
            || !navigator.mediaDevices.getUserMedia) {
        return;
    }
    button.hidden = false;
    var stream = null;

    function stop() {
        if (stream) {
            stream.getTracks().forEach(function (track) { track.stop(); });
            stream = null;
        }
        video.hidden = true;
        video.srcObject = null;
        button.textContent = button.dataset.start;
        button.setAttribute("aria-pressed", "false");
    }

    function watch(detector) {
        if (!stream) {
            return;
        }
        detector.detect(video).then(function (codes) {
            if (codes.length > 0 && codes[0].rawValue) {
                field.value = codes[0].rawValue;
                stop();
                field.form.requestSubmit(document.getElementById("scan:submit"));
            } else {
                window.setTimeout(function () { watch(detector); }, 200);
            }
        }, function () {
            window.setTimeout(function () { watch(detector); }, 500);
        });
    }

    button.addEventListener("click", function () {
        if (stream) {
            stop();
            status.textContent = "";
            return;
        }
        window.BarcodeDetector.getSupportedFormats().then(function (formats) {
            if (formats.indexOf("qr_code") < 0) {
                throw new Error("this browser cannot read QR codes");
            }
            return navigator.mediaDevices.getUserMedia({ video: { facingMode: "environment" }, audio: false });
        }).then(function (camera) {
            stream = camera;
            video.srcObject = camera;
            video.hidden = false;
            button.textContent = button.dataset.stop;
            button.setAttribute("aria-pressed", "true");
            status.textContent = button.dataset.looking;
            return video.play();
        }).then(function () {
            watch(new window.BarcodeDetector({ formats: ["qr_code"] }));
        }).catch(function () {
            stop();
            status.textContent = button.dataset.failed;
            field.focus();
        });
    });
})();
